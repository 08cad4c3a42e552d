import { inputClass } from "@/components/ui/field";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";

/**
 * What one row's inputs need. The inputs are client components, so their props travel in the
 * page's payload: the row's name, guidance and level descriptors are rendered on the server
 * (row-heading.tsx) and are left out here rather than sent a second time.
 */
export interface EntryRow {
  id: string;
  code: string;
  type: SheetRow["type"];
  allowNA: boolean;
  evidenceRequired: boolean;
  levels: { order: number; label: string; points: number }[];
  entry: { isNA: boolean; selfInput: number | null; actual: number | null; target: number | null; explanation: string | null; hasFiles: boolean } | null;
  /** The value proposed from the bloc's activities for an empty row (docs/decisions/0040): the input starts with it. */
  proposed: number | null;
}

export function entryRow(row: SheetRow): EntryRow {
  const e = row.entry;
  return {
    id: row.id,
    code: row.code,
    type: row.type,
    allowNA: row.allowNA,
    evidenceRequired: row.evidenceRequired,
    levels: row.levels.map((l) => ({ order: l.order, label: l.label, points: l.points })),
    entry: e && { isNA: e.isNA, selfInput: e.selfInput, actual: e.actual, target: e.target, explanation: e.explanation, hasFiles: e.files.length > 0 },
    proposed: row.proposal?.value ?? null,
  };
}

type Errors = Record<string, string[]> | undefined;

/** A label, its input and its field errors, with ids unique per row. */
function Labelled({
  id,
  label,
  errors,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  children: (p: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => React.ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-describedby": errors?.length ? errorId : undefined, "aria-invalid": errors?.length ? true : undefined })}
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

const str = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** The value input of one leaf criterion, by its type; fields are named entries.<criterionId>.<field> (the sheet's one form). */
export function EntryInputs({ row, errors }: { row: EntryRow; errors: Errors }) {
  const id = (f: string) => `sc-${row.id}-${f}`;
  const name = (f: string) => sheetFieldName(row.id, f);
  const e = row.entry;
  // A proposal only comes with a row that has no value yet (get-score-sheet.ts).
  const start = e?.selfInput ?? row.proposed;
  switch (row.type) {
    case "GRADED":
      return (
        <Labelled id={id("value")} label="Mức đạt" errors={errors?.value}>
          {(p) => (
            <select {...p} name={name("value")} defaultValue={str(start)} className={inputClass}>
              <option value="">— Chọn mức —</option>
              {row.levels.map((l) => (
                <option key={l.order} value={l.order}>
                  {l.label} ({l.points} điểm)
                </option>
              ))}
            </select>
          )}
        </Labelled>
      );
    case "YES_NO":
      return (
        <Labelled id={id("value")} label="Mức đạt" errors={errors?.value}>
          {(p) => (
            <select {...p} name={name("value")} defaultValue={str(start)} className={inputClass}>
              <option value="">— Chọn —</option>
              <option value="1">Có</option>
              <option value="0">Không</option>
            </select>
          )}
        </Labelled>
      );
    case "QUANTITATIVE":
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          <Labelled id={id("actual")} label="Kết quả thực hiện" errors={errors?.actual}>
            {(p) => <input {...p} name={name("actual")} inputMode="decimal" defaultValue={str(e?.actual)} className={inputClass} />}
          </Labelled>
          <Labelled id={id("target")} label="Chỉ tiêu" errors={errors?.target}>
            {(p) => <input {...p} name={name("target")} inputMode="decimal" defaultValue={str(e?.target)} className={inputClass} />}
          </Labelled>
        </div>
      );
    case "GATE":
      return (
        <div>
          <input type="hidden" name={name("kind")} value="GATE" />
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name("violation")}
              defaultChecked={e?.selfInput === 1}
              aria-describedby={errors?.value ? id("value-error") : undefined}
            />
            Có vi phạm
          </label>
          <div id={id("value-error")} aria-live="polite">
            {errors?.value?.map((m) => (
              <p key={m} className="mt-1 text-sm text-red-700">
                {m}
              </p>
            ))}
          </div>
        </div>
      );
    default:
      return (
        <Labelled id={id("value")} label="Số lượng" errors={errors?.value}>
          {(p) => <input {...p} name={name("value")} type="number" min={0} step={1} defaultValue={str(start)} className={inputClass} />}
        </Labelled>
      );
  }
}

/**
 * N/A, explanation and new evidence files of one row. The explanation and files fold away unless
 * the row needs evidence, already has some, or has a message about them: a 60-row sheet stays
 * short enough to read.
 */
export function EntryExtras({ row, errors }: { row: EntryRow; errors: Errors }) {
  const id = (f: string) => `sc-${row.id}-${f}`;
  const name = (f: string) => sheetFieldName(row.id, f);
  const open = row.evidenceRequired || !!row.entry?.explanation || !!row.entry?.hasFiles || !!errors?.explanation || !!errors?.files;
  return (
    <>
      {row.allowNA && (
        <div>
          <label className="inline-flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name("isNA")}
              defaultChecked={row.entry?.isNA ?? false}
              aria-describedby={errors?.isNA ? id("isNA-error") : undefined}
            />
            Không áp dụng
          </label>
          <div id={id("isNA-error")} aria-live="polite">
            {errors?.isNA?.map((m) => (
              <p key={m} className="mt-1 text-sm text-red-700">
                {m}
              </p>
            ))}
          </div>
        </div>
      )}
      <details open={open}>
        <summary className="cursor-pointer text-sm text-brand-700">Giải trình, minh chứng{row.evidenceRequired ? " (bắt buộc minh chứng)" : ""}</summary>
        <div className="mt-2 space-y-2">
          <Labelled id={id("explanation")} label="Giải trình" errors={errors?.explanation}>
            {(p) => <textarea {...p} name={name("explanation")} rows={2} defaultValue={row.entry?.explanation ?? ""} className={inputClass} />}
          </Labelled>
          <Labelled id={id("files")} label="Minh chứng (PDF, JPEG, PNG ≤ 10 MB)" errors={errors?.files}>
            {(p) => (
              <input
                {...p}
                type="file"
                name={name("files")}
                data-criterion={row.id}
                multiple
                accept="application/pdf,image/jpeg,image/png"
                className="mt-1 block text-sm"
              />
            )}
          </Labelled>
        </div>
      </details>
    </>
  );
}
