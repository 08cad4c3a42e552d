import { z } from "zod";
import { id, requiredText, text } from "./common";

/** At most this many files in one disposal record: a page of the list. */
export const DISPOSAL_MAX_FILES = 100;

/** One disposal (biên bản hủy): the council's scope, the files chosen on the list, why. */
export const DisposeFilesInputSchema = z.object({
  tinh: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  fileIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(id).min(1, "Chọn ít nhất một tệp để hủy.").max(DISPOSAL_MAX_FILES, `Mỗi biên bản hủy tối đa ${DISPOSAL_MAX_FILES} tệp.`),
  ),
  reason: requiredText("lý do hủy (căn cứ, quyết định của người có thẩm quyền)", 1000),
});
export type DisposeFilesInput = z.infer<typeof DisposeFilesInputSchema>;
