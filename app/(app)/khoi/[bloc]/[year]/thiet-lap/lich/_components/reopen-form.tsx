"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { reopenPhaseAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/** The chair reopens one closed phase until a day, with a reason (at least 10 characters). */
export function ReopenForm({ phaseId, label }: { phaseId: string; label: string }) {
  const [state, action] = useActionState(reopenPhaseAction, null);
  const name = (field: string) => `${phaseId}-${field}`;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-brand-800">Mở lại giai đoạn</summary>
      <form action={action} className="mt-2 space-y-3 rounded border border-stone-200 p-3">
        <input type="hidden" name="phaseId" value={phaseId} />
        <Field name={name("reopenedUntil")} label="Mở lại đến ngày" errors={errorsOf(state, "reopenedUntil") ?? errorsOf(state, "phaseId")}>
          {(p) => <DayInput {...p} name="reopenedUntil" required defaultValue={valueOf(state, "reopenedUntil", "")} />}
        </Field>
        <Field
          name={name("reason")}
          label="Lý do mở lại"
          hint="Ít nhất 10 ký tự; được ghi vào nhật ký và hiển thị cùng giai đoạn."
          errors={errorsOf(state, "reason")}
        >
          {(p) => (
            <textarea
              {...p}
              name="reason"
              required
              minLength={10}
              maxLength={1000}
              rows={3}
              defaultValue={valueOf(state, "reason", "")}
              className={inputClass}
            />
          )}
        </Field>
        <FormMessage state={state} />
        <ConfirmSubmit
          state={state}
          formAction={action}
          title={`Mở lại giai đoạn “${label}”?`}
          description="Các cơ quan sẽ thao tác lại được trong giai đoạn này đến ngày đã chọn. Chưa có chức năng đóng sớm việc mở lại."
          confirmText="Mở lại"
          variant="primary"
        >
          Mở lại
        </ConfirmSubmit>
      </form>
    </details>
  );
}
