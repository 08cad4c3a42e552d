import { z } from "zod";
import { FILE_KIND_LABELS, FILE_KINDS, type FileKind } from "@/lib/domain/retention";
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

/** A period in years (1–100), or blank for "permanently". */
const period = (label: string) =>
  text({ label })
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100) {
        ctx.addIssue({ code: "custom", message: `Thời hạn của ${label} là số năm từ 1 đến 100, hoặc để trống để lưu vĩnh viễn.` });
        return z.NEVER;
      }
      return n;
    });

/** The council's periods per kind of file (`years.<KIND>`), for the scope `tinh`. */
export const SaveRetentionInputSchema = z.object({
  tinh: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  ...(Object.fromEntries(FILE_KINDS.map((k) => [`years.${k}`, period(FILE_KIND_LABELS[k].toLocaleLowerCase("vi-VN"))])) as Record<
    `years.${FileKind}`,
    ReturnType<typeof period>
  >),
});
export type SaveRetentionInput = z.infer<typeof SaveRetentionInputSchema>;
