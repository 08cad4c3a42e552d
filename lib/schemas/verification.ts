import { z } from "zod";
import { id, requiredText, text } from "./common";

/** Decimal(14, 4) (actual/target) or Decimal(8, 2) (points); a comma is accepted as the decimal mark. */
const amount = (label: string, signed = false) =>
  text()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const pattern = signed ? /^-?\d{1,10}([.,]\d{1,4})?$/ : /^\d{1,10}([.,]\d{1,4})?$/;
      if (!pattern.test(v)) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số${signed ? "" : " không âm"} (tối đa 4 chữ số thập phân).` });
        return z.NEVER;
      }
      return Number(v.replace(",", "."));
    });

const sheetVersion = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1, "Thiếu phiên bản dữ liệu.");

/**
 * One entry's verified value. Which fields count depends on the criterion type (see
 * lib/domain/verification.ts): points, or actual/target (QUANTITATIVE), or violation (GATE).
 */
export const VerifyEntryInputSchema = z.object({
  sheetId: id,
  criterionId: id,
  version: sheetVersion,
  points: amount("Điểm thẩm định", true),
  actual: amount("Kết quả thực hiện"),
  target: amount("Chỉ tiêu"),
  /** GATE: the checkbox "Có vi phạm" (1) or not (0). */
  violation: z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean()),
  reason: text()
    .trim()
    .max(2000, "Lý do tối đa 2000 ký tự.")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type VerifyEntryInput = z.infer<typeof VerifyEntryInputSchema>;

export const CompleteVerificationInputSchema = z.object({ sheetId: id, version: sheetVersion });
export type CompleteVerificationInput = z.infer<typeof CompleteVerificationInputSchema>;

export const ReturnSheetInputSchema = z.object({ sheetId: id, version: sheetVersion, reason: requiredText("lý do trả lại", 2000) });
export type ReturnSheetInput = z.infer<typeof ReturnSheetInputSchema>;
