"use client";

import { startTransition, useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { VerificationRow } from "@/lib/server/verification/get-verification-sheet";
import { verifyEntryAction } from "../actions";

type Errors = Record<string, string[]> | undefined;
const str = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

function Labelled({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (p: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
      <div id={errorId} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

/**
 * "Lưu thẩm định" for one criterion: the verified points (or, for a quantitative criterion, the
 * verified actual and target; for a gate, whether a violation happened) and the reason, required
 * when the value differs from the self value. Prefilled with the verified value, else the self value.
 */
export function VerifyEntryForm({ row, sheetId, version }: { row: VerificationRow; sheetId: string; version: number }) {
  const [state, formAction] = useActionState(verifyEntryAction, null);
  const errors: Errors = state && !state.ok ? state.fieldErrors : undefined;
  const e = row.entry;
  const done = !!e?.verifiedAt;
  const id = (f: string) => `vf-${row.id}-${f}`;
  const saved = e ? [e.verifiedAt?.toString(), e.verifiedPoints, e.verifiedActual, e.verifiedTarget, e.verifyReason].join("|") : "none";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      aria-label={`Thẩm định tiêu chí ${row.code}`}
      className="space-y-2 rounded border border-stone-200 bg-stone-50 p-3"
      noValidate
    >
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="criterionId" value={row.id} />
      <input type="hidden" name="version" value={version} />
      <fieldset key={saved} className="space-y-2">
        <legend className="sr-only">Giá trị thẩm định tiêu chí {row.code}</legend>
        {row.type === "QUANTITATIVE" ? (
          <div className="grid gap-2 sm:grid-cols-2">
            <Labelled id={id("actual")} label="Kết quả thực hiện (thẩm định)" errors={errors?.actual}>
              {(p) => <input {...p} name="actual" inputMode="decimal" defaultValue={str(done ? e?.verifiedActual : e?.actual)} className={inputClass} />}
            </Labelled>
            <Labelled id={id("target")} label="Chỉ tiêu (thẩm định)" errors={errors?.target}>
              {(p) => <input {...p} name="target" inputMode="decimal" defaultValue={str(done ? e?.verifiedTarget : e?.target)} className={inputClass} />}
            </Labelled>
          </div>
        ) : row.type === "GATE" ? (
          <div>
            <label className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="violation"
                defaultChecked={done ? e?.verifiedActual === 1 : e?.selfInput === 1}
                aria-describedby={errors?.violation ? id("violation-error") : undefined}
              />
              Có vi phạm (thẩm định)
            </label>
            <div id={id("violation-error")} aria-live="polite">
              {errors?.violation?.map((m) => (
                <p key={m} className="mt-1 text-sm text-red-700">
                  {m}
                </p>
              ))}
            </div>
          </div>
        ) : (
          <Labelled
            id={id("points")}
            label="Điểm thẩm định"
            hint={`Từ ${row.minPoints} đến ${row.maxPoints}${row.type === "GRADED" ? ` · các mức: ${row.levels.map((l) => `${l.label} ${l.points}`).join(", ")}` : ""}${row.type === "PENALTY" ? " · số điểm bị trừ" : ""}`}
            errors={errors?.points}
          >
            {(p) => <input {...p} name="points" inputMode="decimal" defaultValue={str(done ? e?.verifiedPoints : e?.selfPoints)} className={inputClass} />}
          </Labelled>
        )}
        <Labelled id={id("reason")} label="Lý do (bắt buộc khi khác giá trị tự chấm)" errors={errors?.reason}>
          {(p) => <textarea {...p} name="reason" rows={2} defaultValue={e?.verifyReason ?? ""} className={inputClass} />}
        </Labelled>
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton>Lưu thẩm định</SubmitButton>
    </form>
  );
}
