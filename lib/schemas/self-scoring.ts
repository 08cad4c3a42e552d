import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { sheetFieldName, sheetFormFields } from "@/lib/forms/sheet-fields";
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

const sheetVersion = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu.");

/**
 * What one criterion row of the self-scoring sheet holds. Points are never read from the form:
 * the server computes them with the engine (a `points` field sent by a client is dropped here).
 */
const EntryValuesSchema = z.object({
  /** Level order (GRADED), 1/0 (YES_NO, GATE), or a count (COUNT, BONUS, PENALTY). */
  value: amount("Giá trị"),
  actual: amount("Kết quả thực hiện"),
  target: amount("Chỉ tiêu"),
  isNA: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  explanation: optionalText(4000),
  files: z.array(z.instanceof(File)).max(MAX_EVIDENCE_PER_SAVE, `Mỗi lần lưu gửi tối đa ${MAX_EVIDENCE_PER_SAVE} tệp minh chứng cho một tiêu chí.`).default([]),
});
export type EntryValuesInput = z.infer<typeof EntryValuesSchema>;

/** One criterion row saved on its own (the sheet's own form saves every row at once). */
export const SaveScoreEntryInputSchema = EntryValuesSchema.extend({
  criterionId: id,
  agencyId: id,
  /** The sheet version the form edited; 0 when the agency has no sheet yet. */
  version: sheetVersion,
});
export type SaveScoreEntryInput = z.infer<typeof SaveScoreEntryInputSchema>;

/** What one save of the whole sheet may carry: a server action's body is limited to 52 MB (next.config.ts). */
export const MAX_EVIDENCE_BYTES_PER_SHEET_SAVE = 50 * 1024 * 1024;

/**
 * The whole sheet in one save: its rows by criterion id, on the locked table the form showed.
 * Field errors come back as "entries.<criterionId>.<field>", next to the row they belong to.
 */
export const SaveScoreSheetInputSchema = z.object({
  tableId: id,
  agencyId: id,
  version: sheetVersion,
  entries: z
    .record(id, EntryValuesSchema)
    .refine((entries) => Object.keys(entries).length > 0, "Bảng tự chấm không có tiêu chí nào để lưu.")
    .refine(
      (entries) => Object.values(entries).reduce((sum, e) => sum + e.files.reduce((s, f) => s + f.size, 0), 0) <= MAX_EVIDENCE_BYTES_PER_SHEET_SAVE,
      "Tổng dung lượng tệp minh chứng trong một lần lưu tối đa 50 MB: hãy lưu bớt rồi chọn tiếp.",
    ),
});
export type SaveScoreSheetInput = z.infer<typeof SaveScoreSheetInputSchema>;

/**
 * One evidence file for one criterion row, sent on its own to the sheet's upload route: the
 * query of its address (the address names the bloc, year and agency; the body is the file).
 */
export const AttachEvidenceInputSchema = z.object({
  criterionId: id,
  /** The sheet version the form holds; 0 when the agency has no sheet yet. */
  version: sheetVersion,
});
export type AttachEvidenceInput = z.infer<typeof AttachEvidenceInputSchema>;

export const SubmitScoreSheetInputSchema = z.object({
  sheetId: id,
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1, "Thiếu phiên bản dữ liệu."),
});
export type SubmitScoreSheetInput = z.infer<typeof SubmitScoreSheetInputSchema>;

/** One row's fields as the schema reads them. A GATE row sends its checkbox as "violation". */
function entryFields(fields: Record<string, unknown>, files: File[]): Record<string, unknown> {
  const gate = fields.kind === "GATE";
  return { ...fields, value: gate ? (fields.violation ? "1" : "0") : fields.value, files };
}

/** FormData of a one-row form → the entry schema's raw shape. */
export function scoreEntryFormFields(formData: FormData): Record<string, unknown> {
  return entryFields(formFields(formData), chosenFiles(formData, "files"));
}

/** FormData of the sheet form (fields named by sheetFieldName) → the sheet schema's raw shape. */
export function scoreSheetFormFields(formData: FormData): Record<string, unknown> {
  return sheetFormFields(formData, (criterionId, row) => entryFields(row, chosenFiles(formData, sheetFieldName(criterionId, "files"))));
}
