"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AUTHORITY_KINDS, DECISION_AUTHORITY_LABELS } from "@/lib/schemas/decisions";
import type { DecisionFormData } from "@/lib/server/decisions/find-decidable-nominations";
import { recordDecisionAction } from "../actions";
import { DayInput } from "@/components/ui/day-input";

/**
 * "Ghi nhận quyết định": the act, then one row per sent nomination not yet decided. A row left at
 * "Không thuộc quyết định này" is not part of the decision. Submitting through onSubmit keeps
 * what was typed when the server refuses it.
 */
export function RecordDecisionForm({ blocId, year, data }: { blocId: string; year: number; data: DecisionFormData }) {
  const [state, formAction] = useActionState(recordDecisionAction, null);
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formRef = useRef<HTMLFormElement>(null);

  // A saved decision clears the form; a refused one keeps what was typed. The chosen outcomes are
  // reset while rendering the new answer (React's "adjusting state when a prop changes"), the
  // uncontrolled inputs by the effect.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state?.ok) setOutcomes({});
  }
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} aria-label="Ghi nhận quyết định" className="space-y-4" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="number" label="Số quyết định" errors={errors?.number} hint="Ví dụ: 231/QĐ-TTg">
          {(p) => <input {...p} className={inputClass} required />}
        </Field>
        <Field name="issuedOn" label="Ngày ký" errors={errors?.issuedOn}>
          {(p) => <DayInput {...p} required />}
        </Field>
        <Field name="signer" label="Người ký" errors={errors?.signer} hint="Chức vụ, họ và tên">
          {(p) => <input {...p} className={inputClass} required />}
        </Field>
        <Field name="authorityKind" label="Cấp quyết định" errors={errors?.authorityKind}>
          {(p) => (
            <select {...p} className={inputClass} defaultValue="PROVINCE_CHAIR">
              {AUTHORITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {DECISION_AUTHORITY_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field name="authorityName" label="Cơ quan quyết định" errors={errors?.authorityName} hint="Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh Cần Thơ">
            {(p) => <input {...p} className={inputClass} required />}
          </Field>
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">Kết quả cho từng đề nghị đã gửi</legend>
        {errors?.items && <p className="text-sm text-red-700">{errors.items.join(" ")}</p>}
        {data.nominations.map((n) => {
          const outcome = outcomes[n.id] ?? "";
          return (
            <div key={n.id} className="rounded border border-stone-200 p-3">
              <p className="text-sm font-medium">{n.name}</p>
              <p className="text-xs text-stone-500">
                Đề nghị: {n.awardFormName}
                {n.priority > 0 ? ` · Thứ tự ưu tiên ${n.priority}` : ""}
              </p>
              <div className="mt-2 grid gap-3 sm:grid-cols-3">
                <Field name={`outcome.${n.id}`} label={`Kết quả — ${n.name}`} errors={errors?.[`outcome.${n.id}`]}>
                  {(p) => (
                    <select {...p} className={inputClass} value={outcome} onChange={(e) => setOutcomes((o) => ({ ...o, [n.id]: e.target.value }))}>
                      <option value="">Không thuộc quyết định này</option>
                      <option value="APPROVED">Được khen</option>
                      <option value="CHANGED">Đổi hình thức</option>
                      <option value="REJECTED">Không được khen</option>
                    </select>
                  )}
                </Field>
                <Field name={`changedTo.${n.id}`} label={`Đổi sang hình thức — ${n.name}`} errors={errors?.[`changedTo.${n.id}`]}>
                  {(p) => (
                    <select {...p} className={inputClass} defaultValue="" disabled={outcome !== "CHANGED"}>
                      <option value="">— Chọn hình thức —</option>
                      {data.forms
                        .filter((f) => f.id !== n.awardFormId)
                        .map((f) => (
                          <option key={f.id} value={f.id}>
                            {f.name}
                          </option>
                        ))}
                    </select>
                  )}
                </Field>
                <Field
                  name={`reason.${n.id}`}
                  label={`Lý do — ${n.name}`}
                  errors={errors?.[`reason.${n.id}`]}
                  hint={outcome === "REJECTED" ? "Bắt buộc khi không được khen" : undefined}
                >
                  {(p) => <input {...p} className={inputClass} />}
                </Field>
              </div>
            </div>
          );
        })}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Lưu quyết định</SubmitButton>
    </form>
  );
}
