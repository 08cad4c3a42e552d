import { z } from "zod";
import { day, id, optionalDay, optionalText, requiredText, year } from "./common";

/** Inputs of the bloc set-up forms: the bloc, its members for a year, agency changes and officers. */
const AGENCY_TYPES = ["BAN_DANG", "UY_BAN_KIEM_TRA", "VAN_PHONG", "DANG_UY_KHOI", "BAO", "TRUONG_CHINH_TRI", "HOC_VIEN", "DON_VI_SU_NGHIEP", "KHAC"] as const;

const optionalId = z.string().trim().max(64).optional().transform((v) => (v ? v : null));
const pick = (label: string) => z.string({ error: `Vui lòng chọn ${label}.` }).trim().min(1, `Vui lòng chọn ${label}.`).max(64);
const agencyType = z.enum(AGENCY_TYPES, { error: "Vui lòng chọn loại cơ quan." });
const optionalAgencyType = z.union([z.literal("").transform(() => null), agencyType]).optional().transform((v) => v ?? null);

// ── Bloc ──
const blocFields = {
  name: requiredText("tên khối", 300),
  kind: z.enum(["KHOI", "CUM"], { error: "Vui lòng chọn khối hay cụm thi đua." }),
  level: z.enum(["CENTRAL", "PROVINCE", "DISTRICT"], { error: "Vui lòng chọn cấp của khối." }),
  provinceId: optionalId,
  organiser: requiredText("cơ quan tổ chức, theo dõi khối", 300),
};
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.email("Email không hợp lệ.").nullable());
const centralHasNoProvince = (v: { level: string; provinceId: string | null }) => v.level !== "CENTRAL" || v.provinceId === null;
const centralMessage = { message: "Khối cấp Trung ương không thuộc tỉnh, thành phố nào.", path: ["provinceId"] };

export const CreateBlocInputSchema = z
  .object({
    // The code names the bloc in every address (/khoi/<code>/<year>), so it is fixed at creation.
    code: z
      .string({ error: "Vui lòng nhập mã khối." })
      .trim()
      .toUpperCase()
      .min(2, "Mã khối cần từ 2 đến 32 ký tự.")
      .max(32, "Mã khối cần từ 2 đến 32 ký tự.")
      .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, "Mã khối chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang (ví dụ KT-CQD)."),
    ...blocFields,
    // Council staff may hand the new bloc to its secretary and chair at once (existing accounts).
    secretaryEmail: optionalEmail,
    chairEmail: optionalEmail,
  })
  .refine(centralHasNoProvince, centralMessage);
export type CreateBlocInput = z.infer<typeof CreateBlocInputSchema>;

export const UpdateBlocInputSchema = z
  .object({ blocId: id, updatedAt: z.string().max(40).refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."), ...blocFields })
  .refine(centralHasNoProvince, centralMessage);
export type UpdateBlocInput = z.infer<typeof UpdateBlocInputSchema>;

// ── Members ──
export const AddMemberInputSchema = z
  .object({
    blocId: id,
    year,
    agencyId: optionalId,
    newName: optionalText(300),
    newShortName: optionalText(150),
    newType: optionalAgencyType,
    joinedOn: optionalDay("ngày tham gia"),
    leftOn: optionalDay("ngày rời khối"),
    note: optionalText(500),
  })
  .superRefine((v, ctx) => {
    if (v.agencyId && v.newName) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Chọn cơ quan có sẵn hoặc nhập cơ quan mới, không chọn cả hai." });
    if (!v.agencyId && !v.newName) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Vui lòng chọn cơ quan có sẵn hoặc nhập tên cơ quan mới." });
    if (!v.agencyId && v.newName && !v.newType) ctx.addIssue({ code: "custom", path: ["newType"], message: "Vui lòng chọn loại cơ quan." });
  });
export type AddMemberInput = z.infer<typeof AddMemberInputSchema>;

export const UpdateMemberInputSchema = z.object({
  membershipId: id,
  joinedOn: optionalDay("ngày tham gia"),
  leftOn: optionalDay("ngày rời khối"),
  note: optionalText(500),
});
export type UpdateMemberInput = z.infer<typeof UpdateMemberInputSchema>;

export const RemoveMemberInputSchema = z.object({ membershipId: id });

/** Copies the members of `year - 1` into `year`. */
export const CopyMembersInputSchema = z.object({ blocId: id, year });
export type CopyMembersInput = z.infer<typeof CopyMembersInputSchema>;

// ── Mergers, splits, renames ──
const changeFields = {
  blocId: id,
  year,
  effectiveOn: day("ngày hiệu lực"),
  decisionRef: optionalText(300),
  note: optionalText(1000),
};
const newAgency = (name: string | null, shortName: string | null, type: (typeof AGENCY_TYPES)[number] | null) =>
  ({ newAgency: { name: name!, shortName: shortName ?? name!, type } });

const mergerSchema = z.object({
  kind: z.literal("MERGER"),
  ...changeFields,
  predecessorIds: z.array(id).default([]),
  successorId: optionalId,
  newName: optionalText(300),
  newShortName: optionalText(150),
  newType: optionalAgencyType,
});
// A split names up to three new agencies in fixed slots (blank slots are ignored).
const splitSchema = z.object({
  kind: z.literal("SPLIT"),
  ...changeFields,
  predecessorId: pick("cơ quan bị chia tách"),
  successorIds: z.array(id).default([]),
  newName0: optionalText(300), newShortName0: optionalText(150), newType0: optionalAgencyType,
  newName1: optionalText(300), newShortName1: optionalText(150), newType1: optionalAgencyType,
  newName2: optionalText(300), newShortName2: optionalText(150), newType2: optionalAgencyType,
});
const splitSlots = (v: z.infer<typeof splitSchema>) => [
  { i: 0, name: v.newName0, shortName: v.newShortName0, type: v.newType0 },
  { i: 1, name: v.newName1, shortName: v.newShortName1, type: v.newType1 },
  { i: 2, name: v.newName2, shortName: v.newShortName2, type: v.newType2 },
];
const renameSchema = z.object({
  kind: z.literal("RENAME"),
  ...changeFields,
  predecessorId: pick("cơ quan đổi tên"),
  newName: requiredText("tên mới của cơ quan", 300),
  newShortName: optionalText(150),
});

export const AgencyChangeInputSchema = z
  .discriminatedUnion("kind", [mergerSchema, splitSchema, renameSchema], { error: "Vui lòng chọn hình thức thay đổi." })
  .superRefine((v, ctx) => {
    if (v.kind === "MERGER") {
      if (v.successorId && v.newName) ctx.addIssue({ code: "custom", path: ["successorId"], message: "Chọn cơ quan có sẵn hoặc nhập cơ quan mới, không chọn cả hai." });
      if (!v.successorId && !v.newName) ctx.addIssue({ code: "custom", path: ["successorId"], message: "Vui lòng chọn cơ quan kế thừa có sẵn hoặc nhập tên cơ quan mới." });
      if (!v.successorId && v.newName && !v.newType) ctx.addIssue({ code: "custom", path: ["newType"], message: "Vui lòng chọn loại cơ quan." });
    }
    if (v.kind === "SPLIT") {
      for (const slot of splitSlots(v)) {
        if (slot.name && !slot.type) ctx.addIssue({ code: "custom", path: [`newType${slot.i}`], message: "Vui lòng chọn loại cơ quan." });
      }
    }
  })
  .transform((v) => {
    const common = { blocId: v.blocId, year: v.year, kind: v.kind, effectiveOn: v.effectiveOn, decisionRef: v.decisionRef, note: v.note };
    if (v.kind === "MERGER") {
      const successor = v.successorId ? { existingId: v.successorId } : newAgency(v.newName, v.newShortName, v.newType);
      return { ...common, predecessorIds: v.predecessorIds, successors: [successor] };
    }
    if (v.kind === "RENAME") return { ...common, predecessorIds: [v.predecessorId], successors: [newAgency(v.newName, v.newShortName, null)] };
    const slots = splitSlots(v).filter((slot) => slot.name).map((slot) => newAgency(slot.name, slot.shortName, slot.type));
    return { ...common, predecessorIds: [v.predecessorId], successors: [...v.successorIds.map((existingId) => ({ existingId })), ...slots] };
  });
export type AgencyChangeFormInput = z.infer<typeof AgencyChangeInputSchema>;

// ── Officers ──
export const OfficerTermInputSchema = z.object({
  id: optionalId,
  blocId: id,
  year,
  role: z.enum(["HEAD", "DEPUTY"], { error: "Vui lòng chọn Trưởng khối hay Phó khối." }),
  agencyId: pick("cơ quan"),
  personName: optionalText(200),
  startsOn: day("ngày bắt đầu nhiệm kỳ"),
  endsOn: day("ngày kết thúc nhiệm kỳ"),
  method: z.enum(["ELECTED", "ACCLAIMED", "APPOINTED", "ROTATION"], { error: "Vui lòng chọn hình thức chọn." }),
  decisionRef: optionalText(300),
  handoverOn: optionalDay("ngày bàn giao cờ luân lưu"),
});
export type OfficerTermInput = z.infer<typeof OfficerTermInputSchema>;

export const DeleteOfficerTermInputSchema = z.object({ id });
