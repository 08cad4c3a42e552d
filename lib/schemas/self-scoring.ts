import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { chosenFiles } from "./files";
import { id, optionalText, text } from "./common";

/** Files per save; each is checked by content and size (PDF, JPEG, PNG ≤ 10 MB) when stored. */
export const MAX_EVIDENCE_PER_SAVE = 5;

/** Decimal(14, 4) in the database; a comma is accepted as the decimal mark. */
const amount = (label: string) =>
  text()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{1,10}([.,]\d{1,4})?$/.test(v)) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số không âm (tối đa 4 chữ số thập phân).` });
        return z.NEVER;
      }
      return Number(v.replace(",", "."));
    });

/**
 * One criterion row of the self-scoring sheet. Points are never read from the form: the
 * server computes them with the engine (a `points` field sent by a client is dropped here).
 */
export const SaveScoreEntryInputSchema = z.object({
  criterionId: id,
  agencyId: id,
  /** The sheet version the form edited; 0 when the agency has no sheet yet. */
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu."),
  /** Level order (GRADED), 1/0 (YES_NO, GATE), or a count (COUNT, BONUS, PENALTY). */
  value: amount("Giá trị"),
  actual: amount("Kết quả thực hiện"),
  target: amount("Chỉ tiêu"),
  isNA: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  explanation: optionalText(4000),
  files: z.array(z.instanceof(File)).max(MAX_EVIDENCE_PER_SAVE, `Mỗi lần lưu gửi tối đa ${MAX_EVIDENCE_PER_SAVE} tệp minh chứng.`).default([]),
});
export type SaveScoreEntryInput = z.infer<typeof SaveScoreEntryInputSchema>;

export const SubmitScoreSheetInputSchema = z.object({
  sheetId: id,
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1, "Thiếu phiên bản dữ liệu."),
});
export type SubmitScoreSheetInput = z.infer<typeof SubmitScoreSheetInputSchema>;

/** FormData → the entry schema's raw shape. A GATE row sends its checkbox as "violation". */
export function scoreEntryFormFields(formData: FormData): Record<string, unknown> {
  const fields = formFields(formData);
  const gate = fields.kind === "GATE";
  return {
    ...fields,
    value: gate ? (fields.violation ? "1" : "0") : fields.value,
    files: chosenFiles(formData, "files"),
  };
}
