import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { CENTRAL_CHOICE, EMAIL_MAX_LENGTH, EMAIL_PATTERN, normalisePhone, PHONE_MESSAGE } from "@/lib/domain/account-rules";
import { ROLES } from "@/lib/domain/roles";
import { chosenFile } from "./files";
import { id, optionalDay, optionalText, requiredText, text } from "./common";

/**
 * Inputs of the accounts area (Quản trị → Tài khoản). The use cases take the
 * parsed shapes; forms post strings, and the few fields a form spells
 * differently (the central level, one initial role) are mapped here.
 */

/** The value a province picker sends for the central level (Trung ương): stored as null. */
export const CENTRAL = CENTRAL_CHOICE;

const optionalId = text()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

/** A managing province, or the central level; the picker must be answered. */
const provinceChoice = text({ error: "Vui lòng chọn tỉnh, thành phố quản lý (hoặc Trung ương)." })
  .trim()
  .min(1, "Vui lòng chọn tỉnh, thành phố quản lý (hoặc Trung ương).")
  .max(64)
  .transform((v) => (v === CENTRAL ? null : v));

export const emailField = text({ error: "Vui lòng nhập email." })
  .trim()
  .toLowerCase()
  .min(1, "Vui lòng nhập email.")
  .max(EMAIL_MAX_LENGTH, "Email quá dài.")
  .regex(EMAIL_PATTERN, "Email không hợp lệ.");

export const phoneField = text()
  .trim()
  .max(40, PHONE_MESSAGE)
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const phone = normalisePhone(v);
    if (phone === null) ctx.addIssue({ code: "custom", message: PHONE_MESSAGE });
    return phone;
  });

export const roleField = z.enum(ROLES, { error: "Vui lòng chọn vai trò." });

// Programmatic callers (the bloc set-up) pass null where a form sends nothing.
const orNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === null ? undefined : v), schema);

const accountFields = {
  name: requiredText("họ và tên", 200),
  title: orNull(optionalText(200)),
  agencyId: orNull(optionalId),
  phone: orNull(phoneField),
};

// ── Roles ──

/** One role to give: its scope (only the field the role uses counts) and optional inclusive days. */
export const GrantSpecSchema = z.object({
  role: roleField,
  blocId: text().nullable().default(null),
  agencyId: text().nullable().default(null),
  /** COUNCIL_STAFF: null = the central level. */
  provinceId: text().nullable().default(null),
  startsOn: z.date().nullable().default(null),
  endsOn: z.date().nullable().default(null),
});
export type GrantSpec = z.infer<typeof GrantSpecSchema>;

/** The "give a role" form on an account's page. */
export const GrantRoleInputSchema = z
  .object({
    userId: id,
    role: roleField,
    blocId: optionalId,
    agencyId: optionalId,
    provinceId: text()
      .trim()
      .max(64)
      .optional()
      .transform((v) => (v ? v : null)),
    startsOn: optionalDay("ngày bắt đầu").transform((d) => d ?? null),
    endsOn: optionalDay("ngày kết thúc").transform((d) => d ?? null),
  })
  .superRefine((v, ctx) => {
    // The central level is a deliberate choice, never an empty picker.
    if (v.role === "COUNCIL_STAFF" && v.provinceId === null)
      ctx.addIssue({ code: "custom", path: ["provinceId"], message: "Vui lòng chọn tỉnh, thành phố (hoặc Trung ương)." });
  })
  .transform((v) => ({ ...v, provinceId: v.provinceId === CENTRAL ? null : v.provinceId }));
export type GrantRoleInput = z.infer<typeof GrantRoleInputSchema>;

export const WithdrawRoleInputSchema = z.object({ grantId: id });
export type WithdrawRoleInput = z.infer<typeof WithdrawRoleInputSchema>;

// ── Accounts ──

/** What createAccount takes: the account, its managing province (null = central) and any roles. */
export const CreateAccountInputSchema = z.object({
  ...accountFields,
  email: emailField,
  provinceId: text().nullable(),
  roles: z.array(GrantSpecSchema).max(20).default([]),
});
export type CreateAccountInput = z.input<typeof CreateAccountInputSchema>;

/**
 * The "new account" form: the account and at most one initial role. An agency
 * role is for the account's own agency, council staff for its managing
 * province; a bloc role names its bloc.
 */
export const CreateAccountFormSchema = z
  .object({
    ...accountFields,
    email: emailField,
    provinceId: provinceChoice,
    role: z
      .union([z.literal(""), roleField])
      .optional()
      .transform((v) => v || null),
    roleBlocId: optionalId,
    roleStartsOn: optionalDay("ngày bắt đầu").transform((d) => d ?? null),
    roleEndsOn: optionalDay("ngày kết thúc").transform((d) => d ?? null),
  })
  .superRefine((v, ctx) => {
    if ((v.role === "AGENCY_LEADER" || v.role === "AGENCY_OFFICER") && !v.agencyId) {
      ctx.addIssue({ code: "custom", path: ["agencyId"], message: "Vai trò của cơ quan cần chọn cơ quan của tài khoản." });
    }
  })
  .transform(({ role, roleBlocId, roleStartsOn, roleEndsOn, ...account }) => ({
    ...account,
    roles: role ? [{ role, blocId: roleBlocId, agencyId: account.agencyId, provinceId: account.provinceId, startsOn: roleStartsOn, endsOn: roleEndsOn }] : [],
  }));

export const UpdateAccountInputSchema = z.object({
  userId: id,
  updatedAt: text()
    .max(40)
    .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."),
  ...accountFields,
  provinceId: provinceChoice,
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInputSchema>;

export const SetAccountActiveInputSchema = z.object({
  userId: id,
  active: z.enum(["1", "0"], { error: "Thiếu trạng thái." }).transform((v) => v === "1"),
});
export type SetAccountActiveInput = z.infer<typeof SetAccountActiveInputSchema>;

export const AccountRefInputSchema = z.object({ userId: id });

// ── Import ──

export const ImportAccountsInputSchema = z.object({
  provinceId: provinceChoice,
  file: z.instanceof(File, { error: "Vui lòng chọn tệp danh sách tài khoản (.xlsx)." }).nullable(),
});
export type ImportAccountsInput = z.infer<typeof ImportAccountsInputSchema>;

export function importAccountsFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), file: chosenFile(formData, "file") };
}

// ── The list's filter (a GET form: names are the address's Vietnamese words) ──

export const AccountFilterSchema = z.object({
  q: text()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || null),
  role: z
    .enum(ROLES)
    .optional()
    .catch(undefined)
    .transform((v) => v ?? null),
  active: z
    .enum(["1", "0"])
    .optional()
    .catch(undefined)
    .transform((v) => (v === undefined ? null : v === "1")),
});
export type AccountFilter = z.infer<typeof AccountFilterSchema>;
