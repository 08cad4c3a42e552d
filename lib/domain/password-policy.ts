/**
 * The password rule for accounts (checked on the server; the form only
 * repeats it): at least 10 characters, at least three of lower case, upper
 * case, digits and symbols, not one of the commonly used passwords, and not
 * built from the account's own e-mail or name. Returns the Vietnamese
 * reasons it fails, [] when it passes.
 */
import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_RULE_TEXT = `Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, gồm ít nhất 3 trong 4 loại: chữ thường, chữ hoa, chữ số, ký hiệu; không dùng mật khẩu phổ biến hoặc email, họ tên của mình.`;

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();
}

export function passwordProblems(password: string, account: { email?: string; name?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`);
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("Mật khẩu cần ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu.");
  const folded = fold(password);
  // "Matkhau@2026", "Password123!": a common password with a year or symbol appended is still common.
  const core = folded.replace(/[^a-z0-9]+/g, "").replace(/\d+$/, "");
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(folded.replace(/[^a-z0-9]/g, "")) || COMMON_PASSWORDS.has(core)) {
    problems.push("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.");
  }
  const local = account.email ? fold(account.email.split("@")[0] ?? "") : "";
  const nameParts = account.name
    ? fold(account.name)
        .split(/\s+/)
        .filter((p) => p.length >= 4)
    : [];
  if ((local.length >= 4 && folded.includes(local)) || nameParts.some((p) => folded.includes(p))) {
    problems.push("Mật khẩu không được chứa email hoặc họ tên của bạn.");
  }
  return problems;
}
