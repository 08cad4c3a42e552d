"use client";

import { useEffect, useId, useRef, useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DISCIPLINE_LABELS, DISCIPLINE_LEVELS } from "@/lib/domain/awards/eligibility";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface NominationFormValues {
  id: string;
  version: number;
  agencyId: string;
  awardFormId: string;
  collectiveName: string | null;
  personName: string | null;
  personPosition: string | null;
  personDiscipline?: string | null;
  personId?: string | null;
  achievements: string | null;
}

export interface NominationPrefill {
  roleModelId: string;
  agencyId: string;
  collectiveName: string | null;
  personId: string | null;
  personName: string | null;
  achievements: string;
}

/**
 * "Thêm đề nghị" / "Lưu đề nghị" (the agency): the award form, the collective below agency level
 * or the person (chosen from the agency's people, or a name typed; position), and the
 * achievements. Typed values survive a refusal.
 */
export function NominationForm({
  cycleId,
  agencies,
  forms,
  people,
  nomination,
  prefill = null,
  action,
}: {
  cycleId: string;
  agencies: { id: string; name: string }[];
  forms: { id: string; name: string; target: "COLLECTIVE" | "INDIVIDUAL" }[];
  /** The people of the agencies drafted for (lib/server/people/find-nominee-choices). */
  people: { id: string; label: string }[];
  nomination: NominationFormValues | null;
  /** A new nomination proposed from the role-model register (docs/decisions/0039): its nominee and achievements. */
  prefill?: NominationPrefill | null;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = (name: string, stored: string | null | undefined) => valueOf(state, name, stored ?? prefill?.[name as keyof NominationPrefill] ?? "");
  return (
    <form key={`${nomination?.id ?? "new"}-${state?.stamp ?? 0}`} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="cycleId" value={cycleId} />
      {nomination && <input type="hidden" name="nominationId" value={nomination.id} />}
      {!nomination && prefill && <input type="hidden" name="roleModelId" value={prefill.roleModelId} />}
      <input type="hidden" name="version" value={nomination?.version ?? 0} />
      {agencies.length === 1 || nomination || prefill ? (
        <input type="hidden" name="agencyId" value={nomination?.agencyId ?? prefill?.agencyId ?? agencies[0]?.id ?? ""} />
      ) : (
        <Field name="agencyId" label="Cơ quan đề nghị" errors={errors?.agencyId}>
          {(p) => (
            <select {...p} defaultValue={v("agencyId", agencies[0]?.id)} className={inputClass}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="awardFormId" label="Hình thức khen thưởng" errors={errors?.awardFormId}>
        {(p) => (
          <select {...p} defaultValue={v("awardFormId", nomination?.awardFormId)} className={inputClass}>
            <option value="">— Chọn hình thức —</option>
            {forms.map((f) => (
              <option key={f.id} value={f.id}>
                {withTarget(f.name, f.target)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="collectiveName"
        label="Tập thể được đề nghị"
        errors={errors?.collectiveName}
        hint="Với hình thức tập thể: để trống nếu đề nghị cho cả cơ quan."
      >
        {(p) => <input {...p} defaultValue={v("collectiveName", nomination?.collectiveName)} className={inputClass} />}
      </Field>
      <Field
        name="personId"
        label="Cá nhân trong danh sách của cơ quan"
        errors={errors?.personId}
        hint="Với hình thức cá nhân: chọn người đã có lịch sử khen thưởng, hoặc để trống và nhập họ tên."
      >
        {(p) => (
          <select {...p} defaultValue={v("personId", nomination?.personId)} className={inputClass}>
            <option value="">— Người khác (nhập họ tên) —</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="personName" label="Họ và tên" errors={errors?.personName} hint="Với hình thức cá nhân, khi không chọn trong danh sách.">
        {(p) => <input {...p} defaultValue={v("personName", nomination?.personName)} className={inputClass} />}
      </Field>
      <Field name="personPosition" label="Chức vụ" errors={errors?.personPosition}>
        {(p) => <input {...p} defaultValue={v("personPosition", nomination?.personPosition)} className={inputClass} />}
      </Field>
      <Field
        name="personDiscipline"
        label="Kỷ luật trong năm (cá nhân)"
        errors={errors?.personDiscipline}
        hint="Hình thức kỷ luật nặng nhất đang có hiệu lực; để “Không” nếu không bị kỷ luật."
      >
        {(p) => (
          <select {...p} defaultValue={v("personDiscipline", nomination?.personDiscipline ?? "")} className={inputClass}>
            <option value="">Không</option>
            {DISCIPLINE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {DISCIPLINE_LABELS[level].charAt(0).toUpperCase() + DISCIPLINE_LABELS[level].slice(1)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="sm:col-span-2">
        <Field name="achievements" label="Tóm tắt thành tích" errors={errors?.achievements}>
          {(p) => <textarea {...p} rows={4} defaultValue={v("achievements", nomination?.achievements)} className={inputClass} />}
        </Field>
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>{nomination ? "Lưu đề nghị" : "Thêm đề nghị"}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** "Gửi đề nghị" (the agency proposes a draft or corrected nomination to the chair). */
export function ProposeButton({ nominationId, version, nominee, action }: { nominationId: string; version: number; nominee: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        variant="primary"
        title={`Gửi đề nghị cho ${nominee}?`}
        description="Đề nghị được gửi đến Trưởng khối xem xét; sau đó cơ quan không sửa được, trừ khi bị trả lại."
        confirmText="Gửi đề nghị"
      >
        Gửi đề nghị
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}

/** "Gửi lên" (the chair sends a proposed nomination up; the quota is checked). */
export function SendButton({ nominationId, version, nominee, action }: { nominationId: string; version: number; nominee: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="decision" value="send" />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        variant="primary"
        title={`Gửi đề nghị của ${nominee} lên cấp trên?`}
        description="Đề nghị được đưa vào hồ sơ gửi cấp có thẩm quyền và tính vào chỉ tiêu của hình thức."
        confirmText="Gửi lên cấp trên"
      >
        Gửi lên
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * "Trả lại" / "Không đề nghị": a dialog asking for the reason (at least 10 characters); it stays
 * open while the server refuses and closes once recorded.
 */
export function ReasonButton({
  nominationId,
  version,
  nominee,
  decision,
  action,
}: {
  nominationId: string;
  version: number;
  nominee: string;
  decision: "return" | "reject";
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors?.reason : undefined;
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  const isReturn = decision === "return";
  const label = isReturn ? "Lý do trả lại" : "Lý do không đề nghị";
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={`rounded border px-4 py-2 text-sm font-semibold ${isReturn ? "border-amber-600 text-amber-800 hover:bg-amber-50" : "border-red-700 text-red-800 hover:bg-red-50"}`}
      >
        {isReturn ? "Trả lại" : "Không đề nghị"}
      </button>
      {state?.ok && <FormMessage state={state} />}
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="m-auto w-full max-w-lg rounded-lg p-0 backdrop:bg-black/40">
        <form action={formAction} noValidate className="space-y-3 p-5">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {isReturn ? `Trả lại đề nghị của ${nominee}` : `Không đề nghị ${nominee}`}
          </h2>
          <input type="hidden" name="nominationId" value={nominationId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value={decision} />
          <div>
            <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
              {label}
            </label>
            <textarea
              key={state?.stamp ?? 0}
              id={`${id}-reason`}
              name="reason"
              rows={4}
              autoFocus
              defaultValue={valueOf(state, "reason")}
              aria-invalid={errors ? true : undefined}
              aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ""}`}
              className={inputClass}
            />
            <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
              Ít nhất 10 ký tự; cơ quan xem được lý do này.
            </p>
            <div id={`${id}-error`} aria-live="polite">
              {errors?.map((e) => (
                <p key={e} className="mt-1 text-sm text-red-700">
                  {e}
                </p>
              ))}
            </div>
          </div>
          {state && !state.ok && !errors && <FormMessage state={state} />}
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-stone-300 px-4 py-2 text-sm">
              Hủy
            </button>
            <SubmitButton variant="danger" pendingText="Đang lưu…">
              {isReturn ? "Xác nhận trả lại" : "Xác nhận không đề nghị"}
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}

/** "Bằng khen … (cá nhân)": the target after the name, unless the name already says it. */
function withTarget(name: string, target: string): string {
  const suffix = `(${target === "INDIVIDUAL" ? "cá nhân" : "tập thể"})`;
  return name.endsWith(suffix) ? name : `${name} ${suffix}`;
}
