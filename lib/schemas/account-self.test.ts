import { describe, expect, test } from "vitest";
import { ChangePasswordInputSchema, ResetPasswordInputSchema, UpdateOwnProfileInputSchema } from "./account-self";

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => [i.path.join("."), i.message]);

describe("password inputs", () => {
  test("keep passwords as typed (no trimming)", () => {
    const r = ChangePasswordInputSchema.parse({ currentPassword: " cũ ", newPassword: " Mới@2026xyz ", confirmPassword: " Mới@2026xyz " });
    expect(r).toEqual({ currentPassword: " cũ ", newPassword: " Mới@2026xyz ", confirmPassword: " Mới@2026xyz " });
  });

  test("ask for every field, in Vietnamese", () => {
    expect(issues(ChangePasswordInputSchema.safeParse({ currentPassword: "", newPassword: "", confirmPassword: "" }))).toEqual([
      ["currentPassword", "Vui lòng nhập mật khẩu hiện tại."],
      ["newPassword", "Vui lòng nhập mật khẩu mới."],
      ["confirmPassword", "Vui lòng nhập lại mật khẩu mới."],
    ]);
  });

  test("refuse a repeat that differs, on the repeat field", () => {
    expect(issues(ResetPasswordInputSchema.safeParse({ token: "t", newPassword: "Mới@2026xyz", confirmPassword: "Moi@2026xyz" }))).toEqual([
      ["confirmPassword", "Mật khẩu nhập lại không khớp với mật khẩu mới."],
    ]);
  });
});

describe("UpdateOwnProfileInputSchema", () => {
  const base = { name: " Nguyễn Văn An ", title: "", phone: "", updatedAt: "2026-11-22T02:00:00.000Z" };

  test("trims, and empty optional fields become null", () => {
    expect(UpdateOwnProfileInputSchema.parse(base)).toEqual({ name: "Nguyễn Văn An", title: null, phone: null, updatedAt: base.updatedAt });
  });

  test.each(["0912 345 678", "+84 912.345.678", "(0260) 386-2345"])("accepts the phone number %s", (phone) => {
    expect(UpdateOwnProfileInputSchema.safeParse({ ...base, phone }).success).toBe(true);
  });

  test.each(["0912", "số máy lẻ 12", "0912345678901234", "84+912345678"])("refuses the phone number %s", (phone) => {
    expect(issues(UpdateOwnProfileInputSchema.safeParse({ ...base, phone })).map(([p]) => p)).toEqual(["phone"]);
  });

  test("requires a name", () => {
    expect(issues(UpdateOwnProfileInputSchema.safeParse({ ...base, name: "  " }))).toEqual([["name", "Vui lòng nhập họ và tên."]]);
  });
});
