import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/common";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { UNKNOWN_ADDRESS } from "@/lib/domain/client-address";
import { ACCOUNT_RULE, ADDRESS_RULE, minutesLeft, type ThrottleState } from "@/lib/domain/login-throttle";
import { db } from "@/lib/server/db";
import { openSession } from "./sessions";
import { clearFailures, countAttempt, takeBackAttempt } from "./throttle";

export const CredentialsSchema = z.object({
  email: text().trim().toLowerCase().email("Email không hợp lệ."),
  password: text().min(1, "Vui lòng nhập mật khẩu.").max(200),
});

export const SIGN_IN_MESSAGES = {
  wrong: "Email hoặc mật khẩu không đúng.",
  locked: (minutes: number) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`,
};

export class SignInError extends Error {}

const lockedError = (state: ThrottleState, now: number) => new SignInError(SIGN_IN_MESSAGES.locked(minutesLeft(state, now)));

/**
 * Checks credentials with per-account and per-address limits
 * (docs/decisions/0013). Each attempt is counted before its password is
 * checked, account first: a locked account costs its address nothing, and an
 * attempt refused for its address is taken back from the account. An unknown
 * address (nothing stamped the socket) has no address limit: one shared key
 * would let anyone lock everybody out. Throws a SignInError whose message is
 * shown to the user as is.
 */
export async function signInWithPassword(raw: unknown, clientAddress: string, opts: { userAgent?: string } = {}, now = Date.now()) {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) throw new SignInError(parsed.error.issues[0]?.message ?? SIGN_IN_MESSAGES.wrong);
  const { email, password } = parsed.data;
  const accountKey = `account:${email}`;
  const addressKey = clientAddress === UNKNOWN_ADDRESS ? null : `address:${clientAddress}`;

  const account = await countAttempt(accountKey, ACCOUNT_RULE, now);
  if (!account.admitted) throw lockedError(account.state, now);
  const address = addressKey ? await countAttempt(addressKey, ADDRESS_RULE, now) : null;
  if (address && !address.admitted) {
    await takeBackAttempt(accountKey, ACCOUNT_RULE, now);
    throw lockedError(address.state, now);
  }

  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, isActive: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.isActive) {
    // The failure is already counted; the one that reached a limit says so.
    const lock = [account.state, address?.state].find((s) => s?.lockedUntil);
    throw lock ? lockedError(lock, now) : new SignInError(SIGN_IN_MESSAGES.wrong);
  }
  await clearFailures(accountKey);
  if (addressKey) await takeBackAttempt(addressKey, ADDRESS_RULE, now);
  const sid = await openSession(user.id, opts.userAgent);
  return { id: user.id, name: user.name, email: user.email, sid };
}
