"use client";

import { errorsOf, valueOf } from "@/components/setup/form-value";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import type { SetupFormState } from "@/lib/server/setup/form-values";

export interface Choice {
  id: string;
  name: string;
  province: string | null;
}

export const choiceLabel = (c: Choice) => (c.province ? `${c.name} (${c.province})` : c.name);

/** Name, short name and type of an agency created from a form (fields `newName{suffix}`…). */
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

/** Effective day, decision reference and note, shared by the merger, split and rename forms. */
export function ChangeFields({ scope, state, year }: { scope: string; state: SetupFormState; year: number }) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <ScopedField scope={scope} name="effectiveOn" label="Ngày hiệu lực" errors={errorsOf(state, "effectiveOn")} hint={`Trong năm ${year}, hoặc 01/01/${year + 1}.`}>
        {(p) => <input {...p} type="date" required min={`${year}-01-02`} max={`${year + 1}-01-01`} defaultValue={valueOf(state, "effectiveOn")} className={inputClass} />}
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
