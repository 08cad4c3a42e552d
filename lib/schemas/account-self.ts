import { z } from "zod";
import { optionalText, requiredText, text } from "./common";

/**
 * Inputs of a user's own account: the password forms (change, forced change,
 * reset by link) and the profile. The password rule itself needs the
 * account's e-mail and name, so the use cases apply it on the server
 * (lib/domain/password-policy.ts); here only presence and the repeat match.
 * Passwords are never trimmed.
 */
const password = (message: string) => text({ error: message }).min(1, message).max(1000, "Mật khẩu quá dài.");

const newPasswordFields = {
  newPassword: password("Vui lòng nhập mật khẩu mới."),
  confirmPassword: password("Vui lòng nhập lại mật khẩu mới."),
};

const repeated = (v: { newPassword: string; confirmPassword: string }) => v.confirmPassword === "" || v.newPassword === v.confirmPassword;
const repeatMessage = { message: "Mật khẩu nhập lại không khớp với mật khẩu mới.", path: ["confirmPassword"] };

export const ChangePasswordInputSchema = z
  .object({ currentPassword: password("Vui lòng nhập mật khẩu hiện tại."), ...newPasswordFields })
  .refine(repeated, repeatMessage);
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const ResetPasswordInputSchema = z
  .object({ token: text().trim().min(1, "Thiếu mã liên kết.").max(200, "Mã liên kết không hợp lệ."), ...newPasswordFields })
  .refine(repeated, repeatMessage);
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

const PHONE_CHARS = /^\+?[0-9 ().-]+$/;

/** Digits, spaces, dots, dashes, brackets and a leading "+"; 8 to 15 digits (Vietnamese mobiles have 10). */
const phone = text()
  .trim()
  .max(30, "Số điện thoại quá dài.")
  .optional()
  .transform((v) => (v ? v : null))
  .refine(
    (v) => v === null || (PHONE_CHARS.test(v) && /^\d{8,15}$/.test(v.replace(/\D/g, ""))),
    "Số điện thoại chỉ gồm 8–15 chữ số (có thể có dấu cách, dấu chấm, gạch ngang, ngoặc và dấu + ở đầu).",
  );

export const UpdateOwnProfileInputSchema = z.object({
  name: requiredText("họ và tên", 120),
  title: optionalText(150),
  phone,
  // The version the form showed (User.updatedAt), for optimistic concurrency.
  updatedAt: text({ error: "Thiếu phiên bản dữ liệu." })
    .max(40)
    .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."),
});
export type UpdateOwnProfileInput = z.infer<typeof UpdateOwnProfileInputSchema>;
