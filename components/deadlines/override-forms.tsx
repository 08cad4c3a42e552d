"use client";

import { useActionState, useState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import type { DeadlineOverrideRow } from "@/lib/server/deadlines/find-deadline-overrides";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The chair's two overrides of one agency's deadline for a step (docs/decisions/0042-late-submission.md):
 * an extension until a day, or a waiver of the late deduction, each with its reason. The agency is
 * chosen in the form; the version sent is that agency's override's.
 */
export function OverrideForms(props: {
  cycleId: string;
  step: string;
  stepLabel: string;
  agencies: DeadlineOverrideRow[];
  extendAction: Action;
  waiveAction: Action;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <OverrideForm {...props} kind="extend" action={props.extendAction} />
      <OverrideForm {...props} kind="waive" action={props.waiveAction} />
    </div>
  );
}

function OverrideForm({
  cycleId,
  step,
  stepLabel,
  agencies,
  kind,
  action: serverAction,
}: {
  cycleId: string;
  step: string;
  stepLabel: string;
  agencies: DeadlineOverrideRow[];
  kind: "extend" | "waive";
  action: Action;
}) {
  const [state, action] = useActionState(serverAction, null);
  const [agencyId, setAgencyId] = useState(valueOf(state, "agencyId", ""));
  const chosen = agencies.find((a) => a.agencyId === agencyId);
  const id = (field: string) => `${kind}-${step}-${field}`;
  const extend = kind === "extend";
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 p-3" aria-label={extend ? "Gia hạn cho một cơ quan" : "Miễn trừ điểm nộp muộn"}>
      <h3 className="text-sm font-semibold">{extend ? "Gia hạn cho một cơ quan" : "Miễn trừ điểm nộp muộn"}</h3>
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="version" value={chosen?.version ?? 0} />
      <Field name={id("agencyId")} label="Cơ quan" errors={errorsOf(state, "agencyId")}>
        {(p) => (
          <select {...p} name="agencyId" required value={agencyId} onChange={(e) => setAgencyId(e.target.value)} className={inputClass}>
            <option value="">— Chọn cơ quan —</option>
            {agencies.map((a) => (
              <option key={a.agencyId} value={a.agencyId}>
                {a.agencyName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {extend && (
        <Field name={id("extendedUntil")} label="Gia hạn đến ngày" hint="Nộp đến hết ngày này được tính là đúng hạn." errors={errorsOf(state, "extendedUntil")}>
          {(p) => <DayInput {...p} name="extendedUntil" required defaultValue={valueOf(state, "extendedUntil", "")} />}
        </Field>
      )}
      <Field
        name={id("reason")}
        label={extend ? "Lý do gia hạn" : "Lý do miễn trừ"}
        hint="Ít nhất 10 ký tự; được ghi vào nhật ký."
        errors={errorsOf(state, "reason")}
      >
        {(p) => (
          <textarea {...p} name="reason" required minLength={10} maxLength={1000} rows={2} defaultValue={valueOf(state, "reason", "")} className={inputClass} />
        )}
      </Field>
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={action}
        title={extend ? `Gia hạn bước “${stepLabel}”?` : `Miễn trừ điểm nộp muộn bước “${stepLabel}”?`}
        description={
          extend
            ? `${chosen?.agencyName ?? "Cơ quan"} nộp đến hết ngày đã chọn được tính là đúng hạn. Việc gia hạn được ghi vào nhật ký.`
            : `${chosen?.agencyName ?? "Cơ quan"} không bị trừ điểm vì nộp muộn bước này; kết quả đã công bố giữ nguyên. Việc miễn trừ được ghi vào nhật ký.`
        }
        confirmText={extend ? "Gia hạn" : "Miễn trừ"}
        variant="primary"
      >
        {extend ? "Gia hạn" : "Miễn trừ điểm"}
      </ConfirmSubmit>
    </form>
  );
}
