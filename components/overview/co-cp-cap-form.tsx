"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const ROUNDINGS = [
  ["FLOOR", "Làm tròn xuống"],
  ["CEIL", "Làm tròn lên"],
  ["HALF_UP", "Làm tròn theo quy tắc 0,5 lên"],
] as const;

/**
 * The council's Cờ thi đua của Chính phủ cap for the year: a percentage of the leading units and
 * its rounding (docs/decisions/0030). The version shown goes back, so a change made meanwhile is
 * not overwritten.
 */
export function CoCpCapForm({
  action,
  provinceId,
  year,
  setting,
}: {
  action: Action;
  provinceId: string | null;
  year: number;
  setting: { pct: number; rounding: string; version: number | null };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
      <input type="hidden" name="provinceId" value={provinceId ?? ""} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="version" value={setting.version ?? ""} />
      <Field name="pct" label="Tỷ lệ tối đa (% số đơn vị dẫn đầu)" errors={errorsOf(state, "pct")}>
        {(p) => <input {...p} required inputMode="decimal" defaultValue={valueOf(state, "pct", String(setting.pct))} className={`${inputClass} w-28`} />}
      </Field>
      <Field name="rounding" label="Cách làm tròn" errors={errorsOf(state, "rounding")}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "rounding", setting.rounding)} className={inputClass}>
            {ROUNDINGS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton variant="secondary">Lưu chỉ tiêu</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
