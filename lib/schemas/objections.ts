import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { id, requiredText, text } from "./common";
import { chosenFiles } from "./files";

export const MAX_OBJECTION_FILES = 5;

/** Points or actual/target from the form; a comma is accepted as the decimal mark. Empty → null. */
const optionalNumber = (label: string) =>
  text()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v.replace(",", "."));
      if (!/^-?\d{1,10}([.,]\d{1,4})?$/.test(v) || !Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `${label} phải là một số.` });
        return z.NEVER;
      }
      return n;
    });

/** "Gửi khiếu nại": the agency objects to one of its entries, with a reason and evidence. */
export const CreateObjectionInputSchema = z.object({
  entryId: id,
  reason: requiredText("lý do khiếu nại", 4000),
  files: z.array(z.instanceof(File)).max(MAX_OBJECTION_FILES, `Gửi tối đa ${MAX_OBJECTION_FILES} tệp minh chứng.`).default([]),
});
export type CreateObjectionInput = z.infer<typeof CreateObjectionInputSchema>;

export function createObjectionFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), files: chosenFiles(formData, "files") };
}

/** The chair's decision: "Chấp nhận" (with the corrected value) or "Không chấp nhận". */
export const DecideObjectionInputSchema = z.object({
  objectionId: id,
  decision: z.enum(["ACCEPT", "REJECT"], { error: "Vui lòng chọn quyết định." }),
  decisionReason: requiredText("lý do quyết định", 4000),
  points: optionalNumber("Điểm được chấp nhận"),
  actual: optionalNumber("Kết quả thực hiện"),
  target: optionalNumber("Chỉ tiêu"),
  /** GATE: "1" the veto condition happened, "0" it did not; absent for other criteria. */
  violation: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => (v === undefined ? null : v === "1")),
});
export type DecideObjectionInput = z.infer<typeof DecideObjectionInputSchema>;
