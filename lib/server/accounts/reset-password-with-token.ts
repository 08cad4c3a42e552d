import "server-only";
import { createHash } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/domain/password-policy";
import { RESET_LINK_MESSAGES, resetLinkState, type ResetLinkState } from "@/lib/domain/reset-link";
import type { ResetPasswordInput } from "@/lib/schemas/account-self";
import { writeAudit } from "@/lib/server/audit";
import { clearFailures } from "@/lib/server/auth/throttle";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** Only this hash of a reset token is stored; the token itself is in the link alone (docs/decisions/0012). */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

async function findLink(token: string, now: Date) {
  const link = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true, isActive: true } } },
  });
  const state = resetLinkState(link && { usedAt: link.usedAt, expiresAt: link.expiresAt, accountActive: link.user.isActive }, now);
  return { link, state };
}

/** For the reset page: whether the link in the address still works (nothing about the account is returned). */
export async function resetLinkStateOf(token: string, now = new Date()): Promise<ResetLinkState> {
  return (await findLink(token, now)).state;
}

function linkRefused(state: Exclude<ResetLinkState, "valid">) {
  const m = RESET_LINK_MESSAGES[state];
  return new AppError("NOT_FOUND", `${m.title} ${m.detail}`);
}

/**
 * Sets a new password through a reset link issued by council staff. The link
 * is found by its hash and spent inside the transaction with
 * `UPDATE … WHERE usedAt IS NULL`: of two simultaneous uses exactly one
 * counts. The password rule is applied here; the account leaves the
 * temporary-password state, every one of its sessions is signed out and the
 * account's failed sign-ins are forgiven. A deactivated account's link is
 * refused like an unknown one.
 */
export async function resetPasswordWithToken(input: ResetPasswordInput, now = new Date()): Promise<void> {
  const { link, state } = await findLink(input.token, now);
  if (state !== "valid" || !link) throw linkRefused(state === "valid" ? "unknown" : state);
  const problems = passwordProblems(input.newPassword, { email: link.user.email, name: link.user.name });
  if (problems.length > 0) {
    throw new AppError("INVALID_INPUT", "Chưa đặt được mật khẩu. Vui lòng kiểm tra lại các trường được đánh dấu.", { newPassword: problems });
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    const spent = await tx.passwordResetToken.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (spent.count === 0) throw linkRefused("used");
    // The account may have been deactivated since the link was read: nothing is written then.
    const updated = await tx.user.updateMany({
      where: { id: link.userId, isActive: true },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
    });
    if (updated.count === 0) throw linkRefused("unknown");
    const sessions = await tx.userSession.updateMany({ where: { userId: link.userId, revokedAt: null }, data: { revokedAt: now } });
    // Any other link still out for the account ends with this one.
    await tx.passwordResetToken.updateMany({ where: { userId: link.userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await writeAudit(tx, {
      actorId: link.userId,
      action: "account.password-reset",
      entity: "User",
      entityId: link.userId,
      after: { resetLinkId: link.id, mustChangePassword: false, sessionsSignedOut: sessions.count },
    });
  });
  await clearFailures(`account:${link.user.email.trim().toLowerCase()}`);
}
