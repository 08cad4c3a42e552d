import { inputClass } from "@/components/ui/field";
import type { LevelNode } from "@/lib/domain/criteria-table";

/** The levels of a graded criterion: the saved ones plus two spare rows (empty rows are ignored). */
export function LevelRows({ levels, errors }: { levels: readonly LevelNode[]; errors?: Record<string, string[]> }) {
  const rows = [...levels, { order: -1, label: "", points: null, descriptor: null }, { order: -2, label: "", points: null, descriptor: null }];
  const levelErrors = Object.entries(errors ?? {}).filter(([k]) => k.startsWith("levels."));
  return (
    <fieldset className="text-sm">
      <legend className="font-medium">Các mức (chỉ dùng cho tiêu chí chấm theo mức)</legend>
      <div className="mt-1 space-y-1">
        {rows.map((l, i) => (
          <div key={`${l.order}-${i}`} className="grid gap-2 sm:grid-cols-[1fr_7rem_2fr]">
            <input name="levelLabel" aria-label={`Tên mức ${i + 1}`} defaultValue={l.label} className={inputClass} />
            <input name="levelPoints" aria-label={`Điểm mức ${i + 1}`} inputMode="decimal" defaultValue={l.points ?? ""} className={inputClass} />
            <input name="levelDescriptor" aria-label={`Mô tả mức ${i + 1}`} defaultValue={l.descriptor ?? ""} className={inputClass} />
          </div>
        ))}
      </div>
      {levelErrors.map(([k, v]) => (
        <p key={k} className="mt-1 text-sm text-red-700">
          Mức {Number(k.split(".")[1]) + 1}: {v.join(" ")}
        </p>
      ))}
    </fieldset>
  );
}
