import { z } from "zod";
import { sheetFormFields } from "@/lib/forms/sheet-fields";
import { id, text } from "@/lib/schemas/common";

/** Points with at most two decimals; a comma is accepted as the decimal mark. */
const toPoints = (v: string, ctx: z.RefinementCtx) => {
  if (!/^-?\d{1,6}([.,]\d{1,2})?$/.test(v)) {
    ctx.addIssue({ code: "custom", message: "Điểm chấm chéo phải là một số (tối đa 2 chữ số thập phân)." });
    return z.NEVER;
  }
  return Number(v.replace(",", "."));
};
const points = text({ error: "Vui lòng nhập điểm chấm chéo." }).trim().min(1, "Vui lòng nhập điểm chấm chéo.").transform(toPoints);
/** In the sheet, an empty field is a criterion not scored yet (null). */
const draftPoints = text()
  .trim()
  .optional()
  .transform((v, ctx) => (v ? toPoints(v, ctx) : null));

/** One criterion's cross-score. `previous` is the value the form showed ("" = none): a stale form is refused. */
export const SaveCrossScoreInputSchema = z.object({
  scorerAgencyId: id,
  targetAgencyId: id,
  criterionId: id,
  points,
  previous: text()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || Number.isFinite(v), "Thiếu giá trị trước khi sửa."),
});
export type SaveCrossScoreInput = z.infer<typeof SaveCrossScoreInputSchema>;

/**
 * The scorer's cross-scores of one target in one save: every criterion's points by criterion id,
 * on the locked table the form showed, with the version the form edited (write-cross-scores.ts
 * crossVersion). Field errors come back as "entries.<criterionId>.points" (lib/forms/sheet-fields).
 */
export const SaveCrossSheetInputSchema = z.object({
  tableId: id,
  scorerAgencyId: id,
  targetAgencyId: id,
  version: text({ error: "Thiếu phiên bản dữ liệu." }).trim().min(1, "Thiếu phiên bản dữ liệu.").max(64),
  entries: z.record(id, z.object({ points: draftPoints })).refine((entries) => Object.keys(entries).length > 0, "Không có tiêu chí nào để chấm chéo."),
});
export type SaveCrossSheetInput = z.infer<typeof SaveCrossSheetInputSchema>;

/** FormData of the cross-scoring sheet's form → the sheet schema's raw shape. */
export const crossSheetFormFields = (formData: FormData) => sheetFormFields(formData);

export const SubmitCrossScoresInputSchema = z.object({
  cycleId: id,
  scorerAgencyId: id,
  targetAgencyId: id,
});
export type SubmitCrossScoresInput = z.infer<typeof SubmitCrossScoresInputSchema>;
