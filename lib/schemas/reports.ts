import { z } from "zod";
import { id, text } from "./common";

/** The longest part of the written section (a CHECK in the migration holds the same limit). */
export const REPORT_TEXT_MAX = 8000;

const part = (label: string) =>
  text({ label })
    .trim()
    .max(REPORT_TEXT_MAX, `Phần “${label}” quá dài (tối đa ${REPORT_TEXT_MAX} ký tự).`)
    .optional()
    .transform((v) => v ?? "");

export const SaveYearEndReportInputSchema = z.object({
  cycleId: id,
  /** The version the form edited; 0 before the first save. */
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int("Thiếu phiên bản dữ liệu.").min(0, "Thiếu phiên bản dữ liệu."),
  assessment: part("Đánh giá chung"),
  shortcomings: part("Tồn tại, hạn chế và nguyên nhân"),
  directions: part("Phương hướng, nhiệm vụ năm tới"),
});
export type SaveYearEndReportInput = z.infer<typeof SaveYearEndReportInputSchema>;
