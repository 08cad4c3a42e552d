import { z } from "zod";
import { id, text } from "@/lib/schemas/common";

/** Points with at most two decimals; a comma is accepted as the decimal mark. */
const points = text({ error: "Vui lòng nhập điểm chấm chéo." })
  .trim()
  .min(1, "Vui lòng nhập điểm chấm chéo.")
  .transform((v, ctx) => {
    if (!/^-?\d{1,6}([.,]\d{1,2})?$/.test(v)) {
      ctx.addIssue({ code: "custom", message: "Điểm chấm chéo phải là một số (tối đa 2 chữ số thập phân)." });
      return z.NEVER;
    }
    return Number(v.replace(",", "."));
  });

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

export const SubmitCrossScoresInputSchema = z.object({
  cycleId: id,
  scorerAgencyId: id,
  targetAgencyId: id,
});
export type SubmitCrossScoresInput = z.infer<typeof SubmitCrossScoresInputSchema>;
