"use client";

import { useRowErrors } from "@/components/sheet-form/one-form-sheet";
import { inputClass } from "@/components/ui/field";
import { ScopedField } from "@/components/ui/scoped-field";
import { sheetFieldName } from "@/lib/forms/sheet-fields";

/**
 * "Điểm chấm chéo" of one criterion inside the sheet's one form (cross-sheet-form.tsx); empty
 * while not scored. Uncontrolled: what was typed stays across saves.
 */
export function CrossRowField({
  rowId,
  code,
  minPoints,
  maxPoints,
  mine,
}: {
  rowId: string;
  code: string;
  minPoints: number;
  maxPoints: number;
  mine: number | null;
}) {
  const errors = useRowErrors(rowId);
  return (
    <fieldset>
      <legend className="sr-only">Chấm chéo tiêu chí {code}</legend>
      <ScopedField
        scope={`cross-${rowId}`}
        name={sheetFieldName(rowId, "points")}
        label="Điểm chấm chéo"
        errors={errors?.points}
        hint={`Từ ${minPoints} đến ${maxPoints} điểm.`}
      >
        {(p) => <input {...p} type="text" inputMode="decimal" defaultValue={mine ?? ""} className={`${inputClass} max-w-32`} />}
      </ScopedField>
    </fieldset>
  );
}
