"use client";

import { errorsOf, valueOf } from "@/components/setup/form-value";
import { inputClass } from "@/components/ui/field";
import { ScopedField } from "@/components/ui/scoped-field";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import type { SetupFormState } from "@/lib/server/setup/form-values";

export interface Partner {
  id: string;
  name: string;
  province: string | null;
}

export const partnerLabel = (p: Partner) => (p.province ? `${p.name} (${p.province})` : p.name);

/** Name, short name and (unless a rename) type of an agency a change creates: fields `newName{suffix}`… */
export function NewAgencyFields({ scope, state, suffix = "", withType = true, nameLabel = "Tên cơ quan mới" }: {
  scope: string;
  state: SetupFormState;
  suffix?: string;
  withType?: boolean;
  nameLabel?: string;
}) {
  const name = `newName${suffix}`;
  const shortName = `newShortName${suffix}`;
  const type = `newType${suffix}`;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <ScopedField scope={scope} name={name} label={nameLabel} errors={errorsOf(state, name)}>
        {(p) => <input {...p} defaultValue={valueOf(state, name)} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name={shortName} label="Tên viết tắt" errors={errorsOf(state, shortName)} hint="Để trống thì dùng tên đầy đủ.">
        {(p) => <input {...p} defaultValue={valueOf(state, shortName)} className={inputClass} />}
      </ScopedField>
      {withType && (
        <ScopedField scope={scope} name={type} label="Loại cơ quan" errors={errorsOf(state, type)}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, type)} className={inputClass}>
              <option value="">— Chọn loại —</option>
              {Object.entries(AGENCY_TYPE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          )}
        </ScopedField>
      )}
    </div>
  );
}

/** Effective day, decision and note of a change; the planner's errors on the whole change show here too. */
export function ChangeFields({ scope, state }: { scope: string; state: SetupFormState }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <ScopedField scope={scope} name="effectiveOn" label="Ngày hiệu lực" errors={errorsOf(state, "effectiveOn")}>
        {(p) => <input {...p} type="date" required defaultValue={valueOf(state, "effectiveOn")} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name="decisionRef" label="Quyết định" errors={errorsOf(state, "decisionRef")} hint="Ví dụ: QĐ 983-QĐ/TU ngày 12/02/2025.">
        {(p) => <input {...p} defaultValue={valueOf(state, "decisionRef")} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name="note" label="Ghi chú" errors={errorsOf(state, "note")}>
        {(p) => <input {...p} defaultValue={valueOf(state, "note")} className={inputClass} />}
      </ScopedField>
    </div>
  );
}

/** Errors about the change as a whole (the planner's "predecessorIds" / "successors"). */
export function ChangeErrors({ state, fields }: { state: SetupFormState; fields: string[] }) {
  const errors = fields.flatMap((f) => errorsOf(state, f) ?? []);
  if (errors.length === 0) return null;
  return <div aria-live="polite">{errors.map((e) => <p key={e} className="text-sm text-red-700">{e}</p>)}</div>;
}
