"use client";

import { useRowErrors } from "@/components/sheet-form/one-form-sheet";
import { inputClass } from "@/components/ui/field";
import { ScopedField } from "@/components/ui/scoped-field";
import { selfAsVerified } from "@/lib/domain/verification";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import type { VerificationRow } from "@/lib/server/verification/get-verification-sheet";

const str = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** Messages under a control that has no ScopedField of its own (the boxes, the row as a whole). */
function Messages({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {messages?.map((m) => (
        <p key={m} className="mt-1 text-sm text-red-700">
          {m}
        </p>
      ))}
    </div>
  );
}

/**
 * One criterion's verification inside the sheet's form: "Đã thẩm định" (ticked on its own when a
 * value is changed, see verification-sheet-form.tsx), the verified points (or, for a quantitative
 * criterion, the verified actual and target; for a gate, whether a violation happened) and the
 * reason, required when the value differs from the self value. Prefilled with the verified value,
 * else the self value (selfAsVerified). The fields are uncontrolled and keep what was typed across saves.
 */
export function VerifyRowFields({ row }: { row: VerificationRow }) {
  const errors = useRowErrors(row.id);
  const e = row.entry;
  const done = !!e?.verifiedAt;
  // What the fields show first: the verified value, else the self value as a verified one.
  const shown = done ? { points: e.verifiedPoints, actual: e.verifiedActual, target: e.verifiedTarget } : selfAsVerified(row.type, e);
  const name = (f: string) => sheetFieldName(row.id, f);
  const scope = `vf-${row.id}`;
  return (
    <fieldset className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3">
      <legend className="sr-only">Thẩm định tiêu chí {row.code}</legend>
      <label className="inline-flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name={name("verified")} defaultChecked={done} />
        Đã thẩm định
      </label>
      {row.type === "QUANTITATIVE" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <ScopedField scope={scope} name={name("actual")} label="Kết quả thực hiện (thẩm định)" errors={errors?.actual}>
            {(p) => <input {...p} inputMode="decimal" defaultValue={str(shown.actual)} className={inputClass} />}
          </ScopedField>
          <ScopedField scope={scope} name={name("target")} label="Chỉ tiêu (thẩm định)" errors={errors?.target}>
            {(p) => <input {...p} inputMode="decimal" defaultValue={str(shown.target)} className={inputClass} />}
          </ScopedField>
        </div>
      ) : row.type === "GATE" ? (
        <div>
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name("violation")}
              defaultChecked={shown.actual === 1}
              aria-describedby={errors?.violation ? `${scope}-violation-error` : undefined}
            />
            Có vi phạm (thẩm định)
          </label>
          <Messages id={`${scope}-violation-error`} messages={errors?.violation} />
        </div>
      ) : (
        <ScopedField
          scope={scope}
          name={name("points")}
          label="Điểm thẩm định"
          hint={`Từ ${row.minPoints} đến ${row.maxPoints}${row.type === "GRADED" ? ` · các mức: ${row.levels.map((l) => `${l.label} ${l.points}`).join(", ")}` : ""}${row.type === "PENALTY" ? " · số điểm bị trừ" : ""}`}
          errors={errors?.points}
        >
          {(p) => <input {...p} inputMode="decimal" defaultValue={str(shown.points)} className={inputClass} />}
        </ScopedField>
      )}
      <ScopedField scope={scope} name={name("reason")} label="Lý do (bắt buộc khi khác giá trị tự chấm)" errors={errors?.reason}>
        {(p) => <textarea {...p} rows={2} defaultValue={e?.verifyReason ?? ""} className={inputClass} />}
      </ScopedField>
      <Messages id={`${scope}-row-error`} messages={errors?.row} />
    </fieldset>
  );
}
