import { DISCIPLINE_LEVELS } from "@/lib/domain/awards/eligibility";
import { z } from "zod";
import { checkbox, id, optionalText, requiredText, text, version } from "./common";
import { chosenPersonId } from "./people";

/**
 * Inputs of the award catalogue and the nominations (docs/domain/awards.md). The rules themselves (quota,
 * eligibility, nomination states, reason length) are in lib/domain/awards; these only shape
 * what the forms send.
 */
export const AUTHORITY_KINDS = ["PRIME_MINISTER", "PROVINCE_CHAIR", "PARTY_COMMITTEE", "BLOC_HEAD_AGENCY", "AGENCY_HEAD", "OTHER"] as const;
export const AUTHORITY_KIND_LABELS: Record<(typeof AUTHORITY_KINDS)[number], string> = {
  PRIME_MINISTER: "Thủ tướng Chính phủ",
  PROVINCE_CHAIR: "Chủ tịch UBND tỉnh",
  PARTY_COMMITTEE: "Tỉnh ủy",
  BLOC_HEAD_AGENCY: "Cơ quan Trưởng khối",
  AGENCY_HEAD: "Thủ trưởng cơ quan",
  OTHER: "Khác",
};
export const QUOTA_KIND_LABELS: Record<"NONE" | "COUNT" | "PERCENT_OF_MEMBERS", string> = {
  NONE: "Không giới hạn",
  COUNT: "Số lượng",
  PERCENT_OF_MEMBERS: "% số thành viên",
};

/** A list of codes typed with commas or spaces: upper-cased, once each. */
const codeList = (message: string, max: number, tooMany: string) =>
  text()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? "")
          .split(/[,;\s]+/)
          .map((c) => c.trim().toUpperCase())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(text().regex(/^[A-Z0-9_-]{1,30}$/, message)).max(max, tooMany));

/** A whole number typed in a field, "" = none. */
const optionalWhole = (label: string, min: number, max: number) =>
  text()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!Number.isInteger(n)) ctx.addIssue({ code: "custom", message: `${label} phải là số nguyên.` });
      else if (n < min || n > max) ctx.addIssue({ code: "custom", message: `${label} từ ${min} đến ${max}.` });
      else return n;
      return z.NEVER;
    });

const code = text({ error: "Vui lòng nhập mã." })
  .trim()
  .toUpperCase()
  .min(1, "Vui lòng nhập mã.")
  .max(30, "Mã quá dài (tối đa 30 ký tự).")
  .regex(/^[A-Z0-9_-]+$/, "Mã chỉ gồm chữ không dấu, số, gạch ngang hoặc gạch dưới.");

export const AwardFormInputSchema = z
  .object({
    cycleId: id,
    /** Absent when creating. */
    awardFormId: text()
      .trim()
      .optional()
      .transform((v) => (v ? v : null)),
    code,
    name: requiredText("tên hình thức", 300),
    target: z.enum(["COLLECTIVE", "INDIVIDUAL"], { error: "Vui lòng chọn đối tượng." }),
    authorityKind: z.enum(AUTHORITY_KINDS, { error: "Vui lòng chọn cấp quyết định." }),
    authorityName: requiredText("cơ quan quyết định", 300),
    isFlag: checkbox,
    quotaKind: z.enum(["NONE", "COUNT", "PERCENT_OF_MEMBERS"], { error: "Vui lòng chọn loại chỉ tiêu." }),
    quotaValue: text()
      .trim()
      .optional()
      .transform((v) => (v ? v.replace(",", ".") : null)),
    quotaRounding: z.enum(["FLOOR", "CEIL", "HALF_UP"], { error: "Vui lòng chọn cách làm tròn." }),
    minBand: text()
      .trim()
      .max(40, "Mã mức xếp loại quá dài.")
      .optional()
      .transform((v) => (v ? v : null)),
    requiresRegistration: checkbox,
    requiresPledge: checkbox,
    requiresNoDiscipline: checkbox,
    prerequisiteCodes: codeList("Mã danh hiệu tiền đề không hợp lệ (chữ không dấu, số, - hoặc _).", 10, "Tối đa 10 danh hiệu tiền đề."),
    /** Empty: a prerequisite of any earlier year counts (lib/domain/awards/prerequisite.ts). */
    prerequisiteWithinYears: optionalWhole("Số năm gần nhất", 1, 30),
    /** The person's record rule (lib/domain/awards/person-record.ts, docs/decisions/0036): individual forms only. */
    recordYears: optionalWhole("Số năm liên tục", 1, 30),
    recordCodes: codeList("Mã danh hiệu không hợp lệ (chữ không dấu, số, - hoặc _).", 10, "Tối đa 10 danh hiệu."),
    recordMinCode: text()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(
        text()
          .regex(/^[A-Z0-9_-]{1,30}$/, "Mã danh hiệu không hợp lệ (chữ không dấu, số, - hoặc _).")
          .nullable(),
      ),
    recordMinCount: optionalWhole("Số lần tối thiểu", 1, 30),
    order: z.coerce
      .number({ error: "Thứ tự phải là số nguyên." })
      .int("Thứ tự phải là số nguyên.")
      .min(0, "Thứ tự không được âm.")
      .max(999, "Thứ tự tối đa 999.")
      .default(0),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.recordYears !== null) {
      if (v.target !== "INDIVIDUAL") issue("recordYears", "Chỉ hình thức khen thưởng cá nhân có điều kiện số năm liên tục.");
      if (v.recordCodes.length === 0) issue("recordCodes", "Vui lòng nhập mã danh hiệu phải đạt mỗi năm (ví dụ CSTDCS).");
      if (v.recordMinCount !== null && v.recordMinCount > v.recordYears) issue("recordMinCount", "Số lần tối thiểu không vượt quá số năm liên tục.");
    } else if (v.recordCodes.length > 0 || v.recordMinCode !== null || v.recordMinCount !== null) {
      issue("recordYears", "Vui lòng nhập số năm liên tục cho điều kiện này.");
    }
    if (v.prerequisiteWithinYears !== null && v.prerequisiteCodes.length === 0) {
      issue("prerequisiteWithinYears", "Nhập danh hiệu tiền đề trước khi giới hạn số năm.");
    }
    if ((v.recordMinCode === null) !== (v.recordMinCount === null)) {
      issue(v.recordMinCode === null ? "recordMinCode" : "recordMinCount", "Nhập cả mã danh hiệu và số lần tối thiểu, hoặc để trống cả hai.");
    }
    if (v.quotaKind === "NONE") return;
    if (v.quotaValue === null) {
      ctx.addIssue({ code: "custom", path: ["quotaValue"], message: "Vui lòng nhập giá trị chỉ tiêu." });
      return;
    }
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(v.quotaValue)) {
      ctx.addIssue({ code: "custom", path: ["quotaValue"], message: "Giá trị chỉ tiêu là số không âm, tối đa 2 chữ số thập phân." });
      return;
    }
    if (v.quotaKind === "PERCENT_OF_MEMBERS" && Number(v.quotaValue) > 100) {
      ctx.addIssue({ code: "custom", path: ["quotaValue"], message: "Tỷ lệ phần trăm từ 0 đến 100." });
    }
    if (v.prerequisiteCodes.includes(v.code)) {
      ctx.addIssue({ code: "custom", path: ["prerequisiteCodes"], message: "Một hình thức không thể là tiền đề của chính nó." });
    }
  })
  .transform((v) => ({ ...v, quotaValue: v.quotaKind === "NONE" ? null : v.quotaValue }));
export type AwardFormInput = z.infer<typeof AwardFormInputSchema>;

export const DeleteAwardFormInputSchema = z.object({ awardFormId: id });
export type DeleteAwardFormInput = z.infer<typeof DeleteAwardFormInputSchema>;

export const CopyAwardFormsInputSchema = z.object({ cycleId: id });
export type CopyAwardFormsInput = z.infer<typeof CopyAwardFormsInputSchema>;

/** The agency's nomination form ("Thêm đề nghị" / editing a draft or returned one). */
export const NominationInputSchema = z
  .object({
    cycleId: id,
    /** Absent when creating. */
    nominationId: text()
      .trim()
      .optional()
      .transform((v) => (v ? v : null)),
    /** The version edited; 0 when creating. */
    version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu.").default(0),
    agencyId: id,
    awardFormId: text({ error: "Vui lòng chọn hình thức khen thưởng." }).trim().min(1, "Vui lòng chọn hình thức khen thưởng."),
    collectiveName: optionalText(300),
    /** INDIVIDUAL: a person of the agency's list; "" = the name typed below. */
    personId: chosenPersonId,
    personName: optionalText(200),
    personPosition: optionalText(200),
    /** INDIVIDUAL: the heaviest discipline in force this year; "" = none. */
    personDiscipline: z
      .union([z.literal(""), z.enum(DISCIPLINE_LEVELS, { error: "Hình thức kỷ luật không hợp lệ." })])
      .optional()
      .transform((v) => (v ? v : null)),
    achievements: requiredText("tóm tắt thành tích", 5000),
    /** Proposed from the role-model register (docs/decisions/0039); kept by later edits. */
    roleModelId: text()
      .trim()
      .max(64, "Điển hình không hợp lệ.")
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .transform((v) => ({
    ...v,
    collectiveName: v.collectiveName?.normalize("NFC") ?? null,
    personName: v.personName?.normalize("NFC") ?? null,
    personPosition: v.personPosition?.normalize("NFC") ?? null,
    achievements: v.achievements.normalize("NFC"),
  }));
export type NominationInput = z.infer<typeof NominationInputSchema>;

export const ProposeNominationInputSchema = z.object({ nominationId: id, version });
export type ProposeNominationInput = z.infer<typeof ProposeNominationInputSchema>;

export const ReviewNominationInputSchema = z.object({
  nominationId: id,
  version,
  decision: z.enum(["send", "return", "reject"], { error: "Thao tác không hợp lệ." }),
  // The minimum length is the state machine's rule (lib/domain/awards MIN_REASON).
  reason: text()
    .optional()
    .transform((v) => (v ?? "").normalize("NFC").trim())
    .pipe(text().max(1000, "Lý do quá dài (tối đa 1000 ký tự).")),
});
export type ReviewNominationInput = z.infer<typeof ReviewNominationInputSchema>;

export const SetPrioritiesInputSchema = z.object({
  awardFormId: id,
  items: z
    .array(
      z.object({
        nominationId: id,
        priority: z.coerce
          .number({ error: "Thứ tự ưu tiên phải là số nguyên." })
          .int("Thứ tự ưu tiên phải là số nguyên.")
          .min(0, "Thứ tự ưu tiên từ 0 đến 9999.")
          .max(9999, "Thứ tự ưu tiên từ 0 đến 9999."),
      }),
    )
    .min(1, "Không có đề nghị nào để sắp xếp.")
    .max(500),
});
export type SetPrioritiesInput = z.infer<typeof SetPrioritiesInputSchema>;
