import { chosenFiles } from "./files";
import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { PROGRESS_STATUSES } from "@/lib/domain/progress";
import { id, optionalText, text } from "./common";

/** Files per save; every file is checked by content and size when stored. */
export const MAX_EVIDENCE_PER_SAVE = 5;
/** Files kept on one commitment's progress (evidence is never deleted, so the cap is generous). */
export const MAX_EVIDENCE_PER_COMMITMENT = 20;

// Decimal(12, 2) in the database.
const MAX_VALUE = 9_999_999_999.99;

/**
 * "Giá trị đạt được": empty = not reported. <input type="number"> sends a
 * dot; a typed Vietnamese decimal comma ("92,5") is accepted as well.
 */
const progressValue = text()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    if (v.startsWith("-")) {
      ctx.addIssue({ code: "custom", message: "Giá trị đạt được không được âm." });
      return z.NEVER;
    }
    if (!/^\d+([.,]\d{1,2})?$/.test(v)) {
      ctx.addIssue({ code: "custom", message: "Giá trị đạt được phải là một số (tối đa 2 chữ số thập phân)." });
      return z.NEVER;
    }
    const n = Number(v.replace(",", "."));
    if (n > MAX_VALUE) {
      ctx.addIssue({ code: "custom", message: "Giá trị đạt được quá lớn." });
      return z.NEVER;
    }
    return n;
  });

/** Empty file inputs arrive as a nameless, empty File: they are not uploads. */
const evidenceFiles = z
  .array(z.instanceof(File))
  .optional()
  .transform((files) => (files ?? []).filter((f) => f.size > 0 || f.name !== ""))
  .pipe(z.array(z.instanceof(File)).max(MAX_EVIDENCE_PER_SAVE, `Mỗi lần lưu gửi tối đa ${MAX_EVIDENCE_PER_SAVE} tệp minh chứng.`));

export const ProgressInputSchema = z.object({
  commitmentId: id,
  agencyId: id,
  /** The version the form edited; 0 when the agency had not reported on the commitment yet. */
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu."),
  status: z.enum(PROGRESS_STATUSES, { error: "Vui lòng chọn trạng thái." }),
  value: progressValue,
  note: optionalText(2000),
  files: evidenceFiles,
});

export type ProgressInput = z.infer<typeof ProgressInputSchema>;

/** FormData → the schema's raw shape (files are repeated entries). */
export function progressFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), files: chosenFiles(formData, "files") };
}
