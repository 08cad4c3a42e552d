import { formatNumber } from "@/lib/format";
import type { SheetRow } from "@/lib/server/self-scoring/get-score-sheet";

/**
 * The self-score proposed from the bloc's activities linked to this criterion (docs/decisions/0038,
 * 0040), above the row's input. The input already holds it when the criterion's type has a value
 * worth exactly those points; otherwise the proposal is a note for the agency to weigh.
 */
export function ActivityProposal({ proposal }: { proposal: NonNullable<SheetRow["proposal"]> }) {
  return (
    <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="activity-proposal">
      <strong>Đề xuất từ hoạt động: {proposal.titles.join("; ")}</strong> — {formatNumber(proposal.points)} điểm.{" "}
      {proposal.value !== null
        ? "Đã điền sẵn vào ô dưới đây; bấm “Lưu” để ghi nhận, hoặc sửa nếu chưa đúng."
        : "Loại tiêu chí này không điền sẵn được từ số điểm; vui lòng tự chấm có tham khảo đề xuất."}
    </p>
  );
}
