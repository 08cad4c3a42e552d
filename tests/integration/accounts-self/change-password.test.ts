import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { ChangePasswordInputSchema } from "@/lib/schemas/account-self";
import { CHANGE_PASSWORD_MESSAGES, changePassword } from "@/lib/server/accounts/change-password";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { makeAccount, NEW_PASSWORD, OLD_PASSWORD, openSessionRow } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (over: Partial<Record<"currentPassword" | "newPassword" | "confirmPassword", string>> = {}) =>
  ChangePasswordInputSchema.parse({ currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: over.newPassword ?? NEW_PASSWORD, ...over });

async function signedInAccount() {
  const db = testDb();
  const account = await makeAccount(db);
  const here = await openSessionRow(db, account.id);
  const elsewhere = await openSessionRow(db, account.id, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Version/17.4 Mobile/15E148 Safari/604.1");
  signInAs(account.id, here.id);
  return { db, account, here, elsewhere };
}

describe("changePassword", () => {
  beforeEach(() => signInAs(null));

  it("changes the hash, clears the temporary flag, signs out the other sessions and keeps this one", async () => {
    const { db, account, here, elsewhere } = await signedInAccount();
    await db.user.update({ where: { id: account.id }, data: { mustChangePassword: true } });
    const now = new Date("2026-11-22T02:00:00Z");
    await expect(changePassword(form(), now)).resolves.toEqual({ otherSessionsSignedOut: 1 });
    const after = await db.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash, OLD_PASSWORD)).toBe(false);
    expect([after.mustChangePassword, after.passwordChangedAt?.toISOString()]).toEqual([false, now.toISOString()]);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: here.id } })).revokedAt).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: elsewhere.id } })).revokedAt?.toISOString()).toBe(now.toISOString());
    const [row] = await auditRows(db, "User", account.id);
    expect(row).toMatchObject({
      actorId: account.id,
      action: "account.password-change",
      before: { mustChangePassword: true },
      after: { mustChangePassword: false, otherSessionsSignedOut: 1 },
    });
    // Never a password or a hash in the audit.
    expect(JSON.stringify(row)).not.toMatch(new RegExp(`${NEW_PASSWORD}|${OLD_PASSWORD}|argon2`));
  });

  it("refuses a wrong current password as a field error, writes nothing and counts a failed sign-in", async () => {
    const { db, account, elsewhere } = await signedInAccount();
    const e = await expectRefused(changePassword(form({ currentPassword: "Sai-Mật-Khẩu-1" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ currentPassword: [CHANGE_PASSWORD_MESSAGES.wrongCurrent] });
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).passwordHash).toBe(account.passwordHash);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: elsewhere.id } })).revokedAt).toBeNull();
    expect(await auditRows(db, "User", account.id)).toEqual([]);
    expect(await db.loginThrottle.findUnique({ where: { key: `account:${account.email}` } })).toMatchObject({ failures: 1 });
  });

  it("locks after five wrong current passwords, like sign-in, and then refuses even the right one", async () => {
    const { db, account } = await signedInAccount();
    const now = new Date("2026-11-22T02:00:00Z");
    for (let i = 0; i < 4; i++) await expectRefused(changePassword(form({ currentPassword: `Sai-${i}-abcdef` }), now), "INVALID_INPUT");
    const fifth = await expectRefused(changePassword(form({ currentPassword: "Sai-5-abcdef" }), now), "INVALID_INPUT");
    expect(fifth.fieldErrors?.currentPassword).toEqual([CHANGE_PASSWORD_MESSAGES.locked(15)]);
    const locked = await expectRefused(changePassword(form(), new Date(now.getTime() + 60_000)), "INVALID_INPUT");
    expect(locked.fieldErrors).toEqual({ currentPassword: [CHANGE_PASSWORD_MESSAGES.locked(14)] });
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).passwordHash).toBe(account.passwordHash);
    await changePassword(form(), new Date(now.getTime() + 16 * 60_000));
    expect(await db.loginThrottle.count({ where: { key: `account:${account.email}` } })).toBe(0);
  });

  it.each([
    ["too short", "Ab1!xyz", ["Mật khẩu cần ít nhất 10 ký tự."]],
    ["two kinds of character", "abcdefghijk1", ["Mật khẩu cần ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký hiệu."]],
    ["a common password", "Matkhau@2026", ["Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."]],
    ["the account's own name", "Hoa-Nguyen-2026!", ["Mật khẩu không được chứa email hoặc họ tên của bạn."]],
    ["the current password", OLD_PASSWORD, [CHANGE_PASSWORD_MESSAGES.sameAsCurrent]],
  ])("refuses a new password that is %s, with the rule's messages, writing nothing", async (_what, newPassword, messages) => {
    const { db, account } = await signedInAccount();
    const e = await expectRefused(changePassword(form({ newPassword })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ newPassword: messages });
    expect((await db.user.findUniqueOrThrow({ where: { id: account.id } })).passwordHash).toBe(account.passwordHash);
    expect(await auditRows(db, "User", account.id)).toEqual([]);
  });

  it("reports a wrong current password and a weak new one together", async () => {
    await signedInAccount();
    const e = await expectRefused(changePassword(form({ currentPassword: "Sai-Mật-Khẩu-1", newPassword: "12345678" })), "INVALID_INPUT");
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["currentPassword", "newPassword"]);
  });

  it("refuses a signed-out visitor and a revoked session", async () => {
    await expectRefused(changePassword(form()), "UNAUTHENTICATED");
    const { db, here } = await signedInAccount();
    await db.userSession.update({ where: { id: here.id }, data: { revokedAt: new Date() } });
    await expectRefused(changePassword(form()), "UNAUTHENTICATED");
  });
});
