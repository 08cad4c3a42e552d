import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_RULE, minutesLeft } from "@/lib/domain/login-throttle";
import { passwordProblems } from "@/lib/domain/password-policy";
import type { ChangePasswordInput } from "@/lib/schemas/account-self";
import { writeAudit } from "@/lib/server/audit";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { clearFailures, countAttempt } from "@/lib/server/auth/throttle";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const CHANGE_PASSWORD_MESSAGES = {
  wrongCurrent: "Mật khẩu hiện tại không đúng.",
  sameAsCurrent: "Mật khẩu mới phải khác mật khẩu hiện tại.",
  locked: (minutes: number) => `Nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
};

/**
 * A user changes their own password: voluntarily from "Tài khoản của tôi",
 * or because it is temporary (that page reads getCurrentUser, since
 * requireUser refuses temporary passwords). The current password is checked
 * with argon2 and a wrong one counts toward the same per-account limit as a
 * failed sign-in, so a browser left signed in cannot be used to guess it
 * (docs/decisions/0012). The rule is applied here, with the account's e-mail
 * and name. Success clears the temporary flag and signs out every other
 * session of the user; the one making the change stays signed in.
 */
export async function changePassword(input: ChangePasswordInput, now = new Date()): Promise<{ otherSessionsSignedOut: number }> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const account = await db().user.findUniqueOrThrow({
    where: { id: user.userId },
    select: { email: true, name: true, passwordHash: true, mustChangePassword: true },
  });
  const throttleKey = `account:${account.email.trim().toLowerCase()}`;
  // Counted before the check, as at sign-in, so parallel guesses cannot outrun the limit (docs/decisions/0013).
  const attempt = await countAttempt(throttleKey, ACCOUNT_RULE, now.getTime());
  const lockedMessage = () => CHANGE_PASSWORD_MESSAGES.locked(minutesLeft(attempt.state, now.getTime()));
  if (!attempt.admitted) throw refused({ currentPassword: [lockedMessage()] });

  const fieldErrors: Record<string, string[]> = {};
  if (await verifyPassword(account.passwordHash, input.currentPassword)) {
    await clearFailures(throttleKey);
    if (input.newPassword === input.currentPassword) fieldErrors.newPassword = [CHANGE_PASSWORD_MESSAGES.sameAsCurrent];
  } else {
    fieldErrors.currentPassword = [attempt.state.lockedUntil ? lockedMessage() : CHANGE_PASSWORD_MESSAGES.wrongCurrent];
  }
  const problems = passwordProblems(input.newPassword, { email: account.email, name: account.name });
  if (problems.length > 0) fieldErrors.newPassword = [...(fieldErrors.newPassword ?? []), ...problems];
  if (Object.keys(fieldErrors).length > 0) throw refused(fieldErrors);

  const passwordHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    // Only over the password just verified: a change made meanwhile elsewhere is not overwritten.
    const { count } = await tx.user.updateMany({
      where: { id: user.userId, passwordHash: account.passwordHash },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "Mật khẩu của tài khoản vừa được đổi ở nơi khác. Vui lòng tải lại trang rồi thử lại.");
    const others = await tx.userSession.updateMany({
      where: { userId: user.userId, revokedAt: null, ...(user.sessionId ? { id: { not: user.sessionId } } : {}) },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.password-change",
      entity: "User",
      entityId: user.userId,
      before: { mustChangePassword: account.mustChangePassword },
      after: { mustChangePassword: false, otherSessionsSignedOut: others.count },
    });
    return { otherSessionsSignedOut: others.count };
  });
}

function refused(fieldErrors: Record<string, string[]>) {
  return new AppError("INVALID_INPUT", "Chưa đổi được mật khẩu. Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors);
}
