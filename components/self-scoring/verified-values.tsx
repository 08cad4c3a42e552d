import { formatNumber } from "@/lib/format";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";
import type { EntryVerification } from "@/lib/server/verification/get-sheet-verification";
import { quantityText as qty } from "./entry-summary";

const pts = (n: number | null | undefined) => (n === null || n === undefined ? "—" : `${formatNumber(Math.round(n * 100) / 100)} điểm`);

function selfText(row: SheetRow): string {
  const e = row.entry;
  if (e?.isNA) return "Không áp dụng";
  if (row.type === "QUANTITATIVE") return `${qty(e?.actual)} / ${qty(e?.target)}`;
  if (row.type === "GATE") return row.vetoed ? "Có vi phạm" : "Không vi phạm";
  return pts(row.points);
}

function verifiedText(row: SheetRow, v: EntryVerification | undefined): string {
  if (!v?.verified) return "Chưa thẩm định";
  if (row.entry?.isNA) return "Không áp dụng";
  if (row.type === "QUANTITATIVE") return `${qty(v.verifiedActual)} / ${qty(v.verifiedTarget)}`;
  if (row.type === "GATE") return v.verifiedActual === 1 ? "Có vi phạm" : "Không vi phạm";
  return pts(v.verifiedPoints);
}

/**
 * Self / verified / final side by side for one criterion of the agency's own sheet
 * (docs/domain/score-review.md#three-columns), with the verifiers' reason. Quantitative criteria show actual / target.
 */
export function VerifiedValues({ row, v }: { row: SheetRow; v: EntryVerification | undefined }) {
  const cell = (label: string, value: string) => (
    <div className="rounded border border-stone-200 px-3 py-2">
      <dt className="text-xs text-stone-500">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
  return (
    <div>
      <dl className="grid grid-cols-3 gap-2 text-sm">
        {cell(row.type === "QUANTITATIVE" ? "Tự chấm (kết quả / chỉ tiêu)" : "Tự chấm", selfText(row))}
        {cell(row.type === "QUANTITATIVE" ? "Thẩm định (kết quả / chỉ tiêu)" : "Thẩm định", verifiedText(row, v))}
        {cell("Chính thức", pts(v?.finalPoints))}
      </dl>
      {v?.verifyReason && <p className="mt-1 text-sm text-stone-700">Lý do thẩm định: {v.verifyReason}</p>}
    </div>
  );
}
