import { EntryFiles } from "@/components/self-scoring/entry-files";
import { criterionRangeText } from "@/lib/domain/criterion-range";
import { CRITERION_TYPE_LABELS } from "@/lib/domain/labels";
import { formatNumber } from "@/lib/format";
import type { VerificationRow } from "@/lib/server/verification/get-verification-sheet";
import { VerifyRowFields } from "./verify-row-fields";

const pts = (n: number | null) => (n === null ? "—" : formatNumber(Math.round(n * 100) / 100));
const qty = (n: number | null) => (n === null ? "không có" : formatNumber(n));

/** What the agency declared for one criterion, in words. */
function selfValue(row: VerificationRow): string {
  const e = row.entry;
  if (!e) return row.type === "GATE" ? "Không vi phạm" : "Chưa chấm";
  if (e.isNA) return "Không áp dụng";
  switch (row.type) {
    case "QUANTITATIVE":
      return `Kết quả ${qty(e.actual)} / chỉ tiêu ${qty(e.target)}`;
    case "GATE":
      return e.selfInput === 1 ? "Có vi phạm" : "Không vi phạm";
    case "GRADED":
      return `Mức: ${row.levels.find((l) => l.order === e.selfInput)?.label ?? "—"}`;
    case "YES_NO":
      return e.selfInput === 1 ? "Có" : e.selfInput === 0 ? "Không" : "—";
    default:
      return `Số lượng: ${e.selfInput === null ? "—" : formatNumber(e.selfInput)}`;
  }
}

/** The verified value, in words; null while not verified. */
function verifiedValue(row: VerificationRow): string | null {
  const e = row.entry;
  if (!e?.verifiedAt) return null;
  if (row.type === "QUANTITATIVE") return `Kết quả ${qty(e.verifiedActual)} / chỉ tiêu ${qty(e.verifiedTarget)}`;
  if (row.type === "GATE") return e.verifiedActual === 1 ? "Có vi phạm" : "Không vi phạm";
  return e.isNA ? "Không áp dụng" : `${pts(e.verifiedPoints)} điểm`;
}

/**
 * One criterion: self value and points, explanation and evidence beside the verified value and
 * reason; for its verifier, the row's fields of the sheet's one form (verify-row-fields.tsx).
 */
export function VerificationRowView({ row, canVerify }: { row: VerificationRow; canVerify: boolean }) {
  const range = criterionRangeText(row);
  const heading = (
    <h3 className={row.type === "GROUP" ? "font-semibold" : "font-medium"}>
      {row.code}. {row.name}
      <span className="ml-2 text-xs font-normal text-stone-500">
        {CRITERION_TYPE_LABELS[row.type] ?? row.type}
        {range && ` · ${range}`}
      </span>
    </h3>
  );
  if (row.type === "GROUP") return heading;
  const e = row.entry;
  const verified = verifiedValue(row);
  return (
    <div className="space-y-3" data-testid={`verify-row-${row.code}`}>
      {heading}
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2 text-sm">
          <p className="font-medium text-stone-500">Tự chấm</p>
          <p>{selfValue(row)}</p>
          <p>
            {row.needsBloc ? (
              "Điểm tính theo đơn vị dẫn đầu khi tổng hợp"
            ) : row.type === "GATE" ? null : (
              <>
                Điểm tự chấm: <strong>{pts(e?.selfPoints ?? row.points)}</strong>
              </>
            )}
          </p>
          {e?.explanation && <p className="whitespace-pre-line text-stone-700">Giải trình: {e.explanation}</p>}
          <EntryFiles files={e?.files ?? []} />
          {!e?.files.length && row.evidenceRequired && <p className="text-red-700">Chưa có minh chứng.</p>}
        </div>
        <div className="space-y-2 text-sm">
          <p className="font-medium text-stone-500">Thẩm định</p>
          <p>{verified ?? "Chưa thẩm định"}</p>
          {e?.verifyReason && <p className="text-stone-700">Lý do: {e.verifyReason}</p>}
          {canVerify && !e?.isNA && <VerifyRowFields row={row} />}
          {canVerify && e?.isNA && <p className="text-stone-600">Cơ quan đánh dấu “không áp dụng”; nếu không đồng ý, hãy trả lại bảng điểm kèm lý do.</p>}
        </div>
      </div>
    </div>
  );
}
