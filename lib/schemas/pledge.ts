import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { TARGET_KINDS } from "@/lib/domain/pledge";
import { comparatorFor, TARGET_COMPARATORS } from "@/lib/domain/target-comparator";
import { day, id, optionalText, requiredText, text, version, year } from "./common";

/**
 * Inputs of the pledge (giao ước) forms. The draft form sends its commitments
 * as "commitments.<i>.<field>" in display order; the order is the numbering.
 */
const MAX_VALUE = 9_999_999_999.99; // PledgeCommitment.targetValue is Decimal(12, 2)

const targetValue = text()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const normal = v.replace(",", ".");
    if (!/^\d+(\.\d{1,2})?$/.test(normal) || Number(normal) > MAX_VALUE) {
      ctx.addIssue({ code: "custom", message: "Giá trị phải là số không âm, tối đa 2 chữ số thập phân." });
      return z.NEVER;
    }
    return Number(normal);
  });

export const CommitmentInputSchema = z
  .object({
    text: requiredText("nội dung cam kết", 4000),
    targetKind: z.enum(TARGET_KINDS, { error: "Vui lòng chọn loại chỉ tiêu." }),
    targetValue,
    // The form leaves it out while the kind takes none (a disabled select is not sent).
    targetComparator: z.enum(TARGET_COMPARATORS, { error: "Vui lòng chọn điều kiện đạt chỉ tiêu." }).optional(),
    targetUnit: optionalText(100),
    criterionIds: z.array(id).max(30, "Chọn tối đa 30 tiêu chí.").default([]),
  })
  .superRefine((c, ctx) => {
    const at = (message: string) => ctx.addIssue({ code: "custom", path: ["targetValue"], message });
    if (c.targetKind === "TEXT" && c.targetValue !== null) at("Cam kết không có chỉ tiêu đo được thì để trống giá trị (hoặc chọn loại chỉ tiêu khác).");
    if ((c.targetKind === "NUMBER" || c.targetKind === "PERCENT") && c.targetValue === null) at("Vui lòng nhập giá trị chỉ tiêu.");
    if (c.targetKind === "PERCENT" && c.targetValue !== null && c.targetValue > 100) at("Tỷ lệ không được vượt quá 100%.");
    if (c.targetKind === "YES_NO" && c.targetValue !== null && c.targetValue !== 0 && c.targetValue !== 1)
      at("Chỉ tiêu có/không: để trống hoặc 1 là “Có”, 0 là “Không”.");
  })
  .transform((c) => ({
    ...c,
    // TEXT carries no target; YES_NO stores 1 for "yes" (lib/domain/progress).
    targetValue: c.targetKind === "YES_NO" ? (c.targetValue ?? 1) : c.targetValue,
    targetComparator: comparatorFor(c.targetKind, c.targetComparator),
    targetUnit: c.targetKind === "TEXT" ? null : c.targetUnit,
    criterionIds: [...new Set(c.criterionIds)],
  }));
export type CommitmentInput = z.infer<typeof CommitmentInputSchema>;

const bases = text()
  .max(20000, "Phần căn cứ quá dài.")
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(z.array(text().max(1000, "Mỗi căn cứ tối đa 1000 ký tự.")).max(30, "Tối đa 30 căn cứ."));

export const PledgeDraftInputSchema = z
  .object({
    blocId: id,
    year,
    /** Empty: the year's first version is created. */
    pledgeId: text()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || null),
    rowVersion: z.coerce.number().int().min(0).optional(),
    title: requiredText("tiêu đề", 300),
    theme: optionalText(1000),
    bases,
    commitments: z.array(CommitmentInputSchema).max(60, "Tối đa 60 nội dung cam kết."),
  })
  .superRefine((d, ctx) => {
    if (d.pledgeId && !d.rowVersion) ctx.addIssue({ code: "custom", path: ["rowVersion"], message: "Thiếu phiên bản dữ liệu." });
  });
export type PledgeDraftInput = z.infer<typeof PledgeDraftInputSchema>;

/** Opening for signatures and going back to draft name the rowVersion the secretary saw. */
export const PledgeStepInputSchema = z.object({ pledgeId: id, rowVersion: version });
export type PledgeStepInput = z.infer<typeof PledgeStepInputSchema>;

export const SigningMeetingInputSchema = z.object({
  pledgeId: id,
  /** An existing signing meeting of the cycle the form was filled from. */
  meetingId: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => v || null),
  heldOn: day("ngày hội nghị"),
  place: requiredText("địa điểm", 300),
  chairName: requiredText("người chủ trì", 200),
  presentAgencyIds: z.array(id).max(200).default([]),
});
export type SigningMeetingInput = z.infer<typeof SigningMeetingInputSchema>;

export const SignatureInputSchema = z.object({
  pledgeId: id,
  agencyId: id,
  signerName: requiredText("người ký", 200),
  signerTitle: requiredText("chức vụ", 200),
  signedOn: day("ngày ký"),
});
export type SignatureInput = z.infer<typeof SignatureInputSchema>;

export const NewPledgeVersionInputSchema = z.object({ pledgeId: id, reason: requiredText("lý do điều chỉnh", 1000) });
export type NewPledgeVersionInput = z.infer<typeof NewPledgeVersionInputSchema>;

/** The draft form's FormData as the plain object PledgeDraftInputSchema reads. */
export function pledgeDraftFromForm(form: FormData): Record<string, unknown> {
  const fields = formFields(form);
  const text = (key: string) => {
    const v = fields[key];
    return typeof v === "string" ? v : undefined;
  };
  const indexes = Object.keys(fields)
    .flatMap((k) => /^commitments\.(\d+)\.text$/.exec(k)?.[1] ?? [])
    .map(Number);
  const count = indexes.length ? Math.max(...indexes) + 1 : 0;
  const commitments = Array.from({ length: Math.min(count, 61) }, (_, i) => ({
    text: text(`commitments.${i}.text`) ?? "",
    targetKind: text(`commitments.${i}.targetKind`),
    targetValue: text(`commitments.${i}.targetValue`),
    targetComparator: text(`commitments.${i}.targetComparator`),
    targetUnit: text(`commitments.${i}.targetUnit`),
    criterionIds: fields[`commitments.${i}.criterionIds`] ?? [],
  }));
  return {
    blocId: text("blocId"),
    year: text("year"),
    pledgeId: text("pledgeId"),
    rowVersion: text("rowVersion") || undefined,
    title: text("title"),
    theme: text("theme"),
    bases: text("bases"),
    commitments,
  };
}

// chosenFile lives in ./files (shared with the evidence uploads).
export { chosenFile } from "./files";
