import { z } from "zod";
import { AgencyChangeFieldsSchema, optionalAgencyType, optionalId, pick } from "./agency-change";
import { day, id, optionalDay, optionalText, requiredText, text, year } from "./common";

/** Inputs of the bloc set-up forms: the bloc, its members for a year, agency changes and officers. */

// ── Bloc ──
const blocFields = {
  name: requiredText("tên khối", 300),
  kind: z.enum(["KHOI", "CUM"], { error: "Vui lòng chọn khối hay cụm thi đua." }),
  level: z.enum(["CENTRAL", "PROVINCE", "DISTRICT"], { error: "Vui lòng chọn cấp của khối." }),
  provinceId: optionalId,
  organiser: requiredText("cơ quan tổ chức, theo dõi khối", 300),
};
const optionalEmail = text()
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
    code: text({ error: "Vui lòng nhập mã khối." })
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
  .object({
    blocId: id,
    updatedAt: text()
      .max(40)
      .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."),
    ...blocFields,
  })
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

// ── Mergers, splits, renames, dissolutions (the fields are shared with the agency register) ──
export const AgencyChangeInputSchema = z.object({ blocId: id, year }).and(AgencyChangeFieldsSchema);
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

// ── The bloc's own roles, named by council staff ──
const blocRole = z.enum(["SECRETARY", "CHAIR", "OBSERVER"], { error: "Vui lòng chọn vai trò trong khối." });
export const AssignBlocRoleInputSchema = z.discriminatedUnion(
  "mode",
  [
    z.object({ mode: z.literal("existing"), blocId: id, role: blocRole, userId: pick("tài khoản") }),
    z.object({
      mode: z.literal("new"),
      blocId: id,
      role: blocRole,
      name: requiredText("họ và tên", 200),
      title: optionalText(300),
      email: text({ error: "Vui lòng nhập email." }).trim().toLowerCase().pipe(z.email("Email không hợp lệ.")),
      agencyId: optionalId,
    }),
  ],
  { error: "Vui lòng chọn tài khoản có sẵn hoặc tạo tài khoản mới." },
);
export type AssignBlocRoleInput = z.infer<typeof AssignBlocRoleInputSchema>;
