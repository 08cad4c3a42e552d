import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { RESET_LINK_MESSAGES } from "@/lib/domain/reset-link";
import { ResetPasswordInputSchema } from "@/lib/schemas/account-self";
import { issueResetLink } from "@/lib/server/accounts/issue-reset-link";
import { resetLinkStateOf, resetPasswordWithToken } from "@/lib/server/accounts/reset-password-with-token";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { NEW_PASSWORD, OLD_PASSWORD, openSessionRow, resetWorld } from "./world";

vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "x".repeat(48);
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
});
vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
vi.mock("@/lib/mail/transport", () => ({ configuredMailer: () => null }));

const NOW = new Date("2026-11-22T02:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const form = (token: string, newPassword = NEW_PASSWORD) => ResetPasswordInputSchema.parse({ token, newPassword, confirmPassword: newPassword });

/** The world, with a link issued by the account's council staff at NOW (then nobody is signed in). */
async function withLink() {
  const w = await resetWorld();
  signInAs(w.users.STAFF_OWN_PROVINCE);
  const { url } = await issueResetLink(w.account.id, NOW);
  signInAs(null);
  return { ...w, token: url.split("/dat-lai-mat-khau/")[1]! };
}

const message = (state: keyof typeof RESET_LINK_MESSAGES) => `${RESET_LINK_MESSAGES[state].title} ${RESET_LINK_MESSAGES[state].detail}`;

describe("resetPasswordWithToken", () => {
  beforeEach(() => signInAs(null));

  it("sets the password, clears the temporary flag, signs out every session and spends the link, audited", async () => {
    const w = await withLink();
    await w.db.user.update({ where: { id: w.account.id }, data: { mustChangePassword: true } });
    const [a, b] = [await openSessionRow(w.db, w.account.id), await openSessionRow(w.db, w.account.id)];
    expect(await resetLinkStateOf(w.token, later(5))).toBe("valid");
    await resetPasswordWithToken(form(w.token), later(5));

    const user = await w.db.user.findUniqueOrThrow({ where: { id: w.account.id } });
    expect(await verifyPassword(user.passwordHash, NEW_PASSWORD)).toBe(true);
    expect([user.mustChangePassword, user.passwordChangedAt]).toEqual([false, later(5)]);
    expect(await loadPrincipal(w.account.id, a.id)).toBeNull();
    expect(await loadPrincipal(w.account.id, b.id)).toBeNull();
    expect(await resetLinkStateOf(w.token, later(6))).toBe("used");
    const audit = (await auditRows(w.db, "User", w.account.id)).map((r) => r.action);
    expect(audit).toEqual(["account.reset-link", "account.password-reset"]);
    const [, reset] = await auditRows(w.db, "User", w.account.id);
    expect(reset).toMatchObject({ actorId: w.account.id, after: { mustChangePassword: false, sessionsSignedOut: 2 } });
    expect(JSON.stringify(reset)).not.toContain(w.token);
  });

  it("is single use: of two simultaneous attempts exactly one succeeds", async () => {
    const w = await withLink();
    const results = await Promise.allSettled([
      resetPasswordWithToken(form(w.token, NEW_PASSWORD), later(1)),
      resetPasswordWithToken(form(w.token, "Trăng-Rằm-Tháng-8!"), later(1)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [failed] = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failed!.reason).toMatchObject({ code: "NOT_FOUND", message: message("used") });
    expect(await auditRows(w.db, "User", w.account.id)).toHaveLength(2);
    const used = await w.db.passwordResetToken.findFirstOrThrow({ where: { userId: w.account.id } });
    expect(used.usedAt).toEqual(later(1));
  });

  it("refuses a used link", async () => {
    const w = await withLink();
    await resetPasswordWithToken(form(w.token), later(1));
    const e = await expectRefused(resetPasswordWithToken(form(w.token, "Trăng-Rằm-Tháng-8!"), later(2)), "NOT_FOUND");
    expect(e.message).toBe(message("used"));
  });

  it("refuses a link after its 24 hours, writing nothing", async () => {
    const w = await withLink();
    expect(await resetLinkStateOf(w.token, later(24 * 60 - 1))).toBe("valid");
    expect(await resetLinkStateOf(w.token, later(24 * 60))).toBe("expired");
    const e = await expectRefused(resetPasswordWithToken(form(w.token), later(24 * 60)), "NOT_FOUND");
    expect(e.message).toBe(message("expired"));
    const user = await w.db.user.findUniqueOrThrow({ where: { id: w.account.id } });
    expect(await verifyPassword(user.passwordHash, OLD_PASSWORD)).toBe(true);
  });

  it("refuses a link replaced by a newer one", async () => {
    const w = await withLink();
    signInAs(w.users.SYSTEM_ADMIN);
    const { url } = await issueResetLink(w.account.id, later(10));
    expect(await resetLinkStateOf(w.token, later(11))).toBe("expired");
    await resetPasswordWithToken(form(url.split("/dat-lai-mat-khau/")[1]!), later(11));
  });

  it.each([
    ["an unknown token", "khong-co-lien-ket-nay"],
    ["the stored hash used as the token", null],
  ])("refuses %s", async (_what, token) => {
    const w = await withLink();
    const stored = (await w.db.passwordResetToken.findFirstOrThrow({ where: { userId: w.account.id } })).tokenHash;
    const e = await expectRefused(resetPasswordWithToken(form(token ?? stored), later(1)), "NOT_FOUND");
    expect(e.message).toBe(message("unknown"));
  });

  it("refuses a deactivated account's link as an unknown one", async () => {
    const w = await withLink();
    await w.db.user.update({ where: { id: w.account.id }, data: { isActive: false } });
    expect(await resetLinkStateOf(w.token, later(1))).toBe("unknown");
    const e = await expectRefused(resetPasswordWithToken(form(w.token), later(1)), "NOT_FOUND");
    expect(e.message).toBe(message("unknown"));
    expect((await w.db.passwordResetToken.findFirstOrThrow({ where: { userId: w.account.id } })).usedAt).toBeNull();
  });

  it("applies the password rule on the server and keeps the link for another try", async () => {
    const w = await withLink();
    const e = await expectRefused(resetPasswordWithToken(form(w.token, "Matkhau@2026"), later(1)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ newPassword: ["Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác."] });
    expect(await resetLinkStateOf(w.token, later(2))).toBe("valid");
  });

  it("forgives the account's failed sign-ins", async () => {
    const w = await withLink();
    await w.db.loginThrottle.create({ data: { key: `account:${w.account.email}`, failures: 5, windowStart: NOW, lockedUntil: later(15) } });
    await resetPasswordWithToken(form(w.token), later(1));
    expect(await w.db.loginThrottle.count()).toBe(0);
  });
});
