import { cycleStatus, REOPEN_HINT, type PhaseCheck, type PhaseWindow } from "@/lib/domain/cycle-phase";

/**
 * Whether the written part of the year-end report may still change. A year is archived once its
 * calendar is over — every phase has ended and none is reopened — so the report that was
 * adopted and sent stays as it was; reopening a phase (the chair, with a reason) makes it
 * editable again (docs/decisions/0032-year-end-report.md). A year without a calendar yet is not
 * archived. Pure: `today` is passed in.
 */
export function reportEditCheck(phases: readonly PhaseWindow[], year: number, today: string): PhaseCheck {
  if (!cycleStatus(phases, today).isFinished) return { open: true };
  return {
    open: false,
    reason: `Năm thi đua ${year} đã kết thúc (mọi giai đoạn đã đóng) nên báo cáo tổng kết đã được lưu trữ, không sửa được nữa. ${REOPEN_HINT}`,
  };
}

/** Who may write it: said wherever a save is refused for the role. */
export const REPORT_EDITORS_ONLY = "Chỉ Thư ký khối và Trưởng khối được viết phần đánh giá của báo cáo tổng kết.";

/** Who may read it: the readers of every agency's records (as the proposal dossier). */
export const REPORT_READERS_ONLY = "Báo cáo tổng kết của khối chỉ dành cho Trưởng khối, Thư ký khối và cán bộ Hội đồng Thi đua - Khen thưởng.";

export const STALE_REPORT =
  "Báo cáo tổng kết đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị nội dung mới nhất; vui lòng kiểm tra rồi lưu lại.";
