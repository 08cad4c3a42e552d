import { z } from "zod";
import { sheetFormFields } from "@/lib/forms/sheet-fields";
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

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === "1" || v === true, z.boolean());

const sheetVersion = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1, "Thiếu phiên bản dữ liệu.");

/**
 * One entry's verified value. Which fields count depends on the criterion type (see
 * lib/domain/verification.ts): points, or actual/target (QUANTITATIVE), or violation (GATE).
 */
const VerifiedValueSchema = z.object({
  points: amount("Điểm thẩm định", true),
  actual: amount("Kết quả thực hiện"),
  target: amount("Chỉ tiêu"),
  /** GATE: the checkbox "Có vi phạm" (1) or not (0). */
  violation: checkbox,
  reason: text()
    .trim()
    .max(2000, "Lý do tối đa 2000 ký tự.")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type VerifiedValueInput = z.infer<typeof VerifiedValueSchema>;

/** One entry verified on its own (the sheet's page saves every row at once). */
export const VerifyEntryInputSchema = VerifiedValueSchema.extend({ sheetId: id, criterionId: id, version: sheetVersion });
export type VerifyEntryInput = z.infer<typeof VerifyEntryInputSchema>;

/**
 * The verification sheet in one save: its rows by criterion id. A row counts when its box
 * "Đã thẩm định" is ticked (`verified`); unticking a verified row withdraws its verification.
 * Field errors come back as "entries.<criterionId>.<field>" (lib/forms/sheet-fields).
 */
export const SaveVerificationSheetInputSchema = z.object({
  sheetId: id,
  version: sheetVersion,
  entries: z
    .record(id, VerifiedValueSchema.extend({ verified: checkbox }))
    .refine((entries) => Object.keys(entries).length > 0, "Bảng điểm không có tiêu chí nào để thẩm định."),
});
export type SaveVerificationSheetInput = z.infer<typeof SaveVerificationSheetInputSchema>;

/** FormData of the verification sheet's form → the sheet schema's raw shape. */
export const verificationSheetFormFields = (formData: FormData) => sheetFormFields(formData);

export const CompleteVerificationInputSchema = z.object({ sheetId: id, version: sheetVersion });
export type CompleteVerificationInput = z.infer<typeof CompleteVerificationInputSchema>;

export const ReturnSheetInputSchema = z.object({ sheetId: id, version: sheetVersion, reason: requiredText("lý do trả lại", 2000) });
export type ReturnSheetInput = z.infer<typeof ReturnSheetInputSchema>;
