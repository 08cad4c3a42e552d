"use client";

import { errorsOf, type ActionState } from "@/lib/forms/action-state";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { PLEDGE_TARGET_KIND_LABELS, TARGET_COMPARATOR_LABELS } from "@/lib/domain/labels";
import { DEFAULT_COMPARATOR, takesComparator } from "@/lib/domain/target-comparator";
import type { CommitmentValues, CriterionChoice } from "./commitment-list";

const VALUE_HINTS: Record<string, string | undefined> = {
  NUMBER: "Ví dụ 12.",
  PERCENT: "Từ 0 đến 100, ví dụ 90.",
  YES_NO: "Để trống hoặc 1 là “Có”; 0 là “Không”.",
};

/** One commitment: its text, measurable target and linked criteria, with buttons to reorder or remove it. */
export function CommitmentFields({
  index,
  count,
  value,
  state,
  criteria,
  onChange,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  value: CommitmentValues;
  state: ActionState;
  criteria: CriterionChoice[] | null;
  onChange: (patch: Partial<CommitmentValues>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const name = (field: string) => `commitments.${index}.${field}`;
  const f = (field: string) => ({ scope: `c${index}`, name: name(field), errors: errorsOf(state, name(field)) });
  const hasTarget = value.targetKind !== "TEXT";
  const compared = takesComparator(value.targetKind);
  const button = "rounded border border-stone-300 bg-white px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-40";
  return (
    <fieldset className="grid gap-3 rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">Cam kết {n}</legend>
      <ScopedField {...f("text")} label={`Nội dung cam kết ${n}`}>
        {(p) => <textarea {...p} value={value.text} onChange={(e) => onChange({ text: e.target.value })} rows={3} required className={inputClass} />}
      </ScopedField>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <ScopedField {...f("targetKind")} label="Loại chỉ tiêu">
          {(p) => (
            <select {...p} value={value.targetKind} onChange={(e) => onChange({ targetKind: e.target.value })} className={inputClass}>
              {Object.entries(PLEDGE_TARGET_KIND_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f("targetComparator")} label="Điều kiện đạt" hint={compared ? "“Đạt từ 90% trở lên”: chọn ≥; “không quá 2 vụ”: chọn ≤." : undefined}>
          {(p) => (
            <select
              {...p}
              value={compared ? value.targetComparator : DEFAULT_COMPARATOR}
              disabled={!compared}
              onChange={(e) => onChange({ targetComparator: e.target.value })}
              className={inputClass}
            >
              {Object.entries(TARGET_COMPARATOR_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f("targetValue")} label="Giá trị" hint={VALUE_HINTS[value.targetKind]}>
          {(p) => (
            <input
              {...p}
              value={hasTarget ? value.targetValue : ""}
              disabled={!hasTarget}
              onChange={(e) => onChange({ targetValue: e.target.value })}
              inputMode="decimal"
              className={inputClass}
            />
          )}
        </ScopedField>
        <ScopedField {...f("targetUnit")} label="Đơn vị" hint={hasTarget ? "Ví dụ: tin bài, cán bộ đạt Lao động tiên tiến." : undefined}>
          {(p) => (
            <input
              {...p}
              value={hasTarget ? value.targetUnit : ""}
              disabled={!hasTarget}
              onChange={(e) => onChange({ targetUnit: e.target.value })}
              maxLength={100}
              className={inputClass}
            />
          )}
        </ScopedField>
      </div>
      {criteria === null ? (
        <p className="text-sm text-stone-500">Tiêu chí liên quan: Chưa có bảng tiêu chí.</p>
      ) : criteria.length === 0 ? (
        <p className="text-sm text-stone-500">Tiêu chí liên quan: bảng tiêu chí của năm chưa có tiêu chí nào.</p>
      ) : (
        <ScopedField {...f("criterionIds")} label="Tiêu chí liên quan" hint="Giữ Ctrl (hoặc ⌘) để chọn nhiều tiêu chí; không bắt buộc.">
          {(p) => (
            <select
              {...p}
              multiple
              size={Math.min(6, Math.max(3, criteria.length))}
              value={value.criterionIds}
              onChange={(e) => onChange({ criterionIds: [...e.target.selectedOptions].map((o) => o.value) })}
              className={inputClass}
            >
              {criteria.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={button} disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Đưa cam kết ${n} lên`}>
          Lên
        </button>
        <button type="button" className={button} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Đưa cam kết ${n} xuống`}>
          Xuống
        </button>
        <button type="button" className={`${button} text-red-700`} onClick={onRemove} aria-label={`Xóa cam kết ${n}`}>
          Xóa
        </button>
      </div>
    </fieldset>
  );
}
