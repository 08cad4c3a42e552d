import { z } from "zod";
import { day, id, optionalText, requiredText, text } from "./common";

/** Inputs of the province administration (system administrators, docs/decisions/0011). */
const code = text({ error: "Vui lòng nhập mã tỉnh, thành phố." })
  .trim()
  .toUpperCase()
  .min(2, "Mã tỉnh, thành phố cần từ 2 đến 10 ký tự.")
  .max(10, "Mã tỉnh, thành phố cần từ 2 đến 10 ký tự.")
  .regex(/^[A-Z0-9]+$/, "Mã tỉnh, thành phố chỉ gồm chữ cái không dấu và chữ số, ví dụ QNG.");
const name = (label: string) => requiredText(label, 200);

export const AddProvinceInputSchema = z.object({ code, name: name("tên tỉnh, thành phố") });
export type AddProvinceInput = z.infer<typeof AddProvinceInputSchema>;

export const RenameProvinceInputSchema = z.object({
  provinceId: id,
  /** The name the form showed: a rename of a name someone else changed meanwhile is refused. */
  currentName: text().trim().max(200),
  name: name("tên mới"),
  effectiveOn: day("ngày hiệu lực"),
});
export type RenameProvinceInput = z.infer<typeof RenameProvinceInputSchema>;

/** Into an existing current province, or a new one made by the merger. */
export type MergeTargetInput = { existingId: string } | { newCode: string; newName: string };

export const MergeProvincesInputSchema = z
  .object({
    sourceIds: z.array(id).default([]),
    targetId: optionalText(64),
    newCode: optionalText(10),
    newName: optionalText(200),
    mergedOn: day("ngày hợp nhất"),
    mergerRef: requiredText("văn bản quyết định hợp nhất", 300),
  })
  .superRefine((v, ctx) => {
    if (v.targetId && (v.newName || v.newCode))
      ctx.addIssue({ code: "custom", path: ["targetId"], message: "Chọn tỉnh, thành phố có sẵn hoặc nhập tỉnh, thành phố mới, không chọn cả hai." });
    if (!v.targetId && !v.newName)
      ctx.addIssue({ code: "custom", path: ["targetId"], message: "Vui lòng chọn tỉnh, thành phố tiếp nhận hoặc nhập tỉnh, thành phố mới." });
    if (!v.targetId && v.newName) {
      const parsed = code.safeParse(v.newCode ?? "");
      if (!parsed.success)
        ctx.addIssue({ code: "custom", path: ["newCode"], message: v.newCode ? parsed.error.issues[0]!.message : "Vui lòng nhập mã tỉnh, thành phố mới." });
    }
  })
  .transform((v) => ({
    sourceIds: [...new Set(v.sourceIds)],
    target: (v.targetId ? { existingId: v.targetId } : { newCode: v.newCode!.toUpperCase(), newName: v.newName! }) as MergeTargetInput,
    mergedOn: v.mergedOn,
    mergerRef: v.mergerRef,
  }));
export type MergeProvincesInput = z.infer<typeof MergeProvincesInputSchema>;
