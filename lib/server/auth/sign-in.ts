import "server-only";
import { z } from "zod";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_RULE, ADDRESS_RULE, minutesLeft } from "@/lib/domain/login-throttle";
import { db } from "@/lib/server/db";
import { openSession } from "./sessions";
import { clearFailures, lockedState, registerFailure } from "./throttle";

export const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Email không hợp lệ."),
  password: z.string().min(1, "Vui lòng nhập mật khẩu.").max(200),
});

export const SIGN_IN_MESSAGES = {
  wrong: "Email hoặc mật khẩu không đúng.",
  locked: (minutes: number) =>
    `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút hoặc liên hệ quản trị viên.`,
};

export class SignInError extends Error {}

/**
 * Checks credentials with per-account and per-address limits. Throws a
 * SignInError whose message is shown to the user as is.
 */
export async function signInWithPassword(raw: unknown, clientAddress: string, opts: { userAgent?: string } = {}, now = Date.now()) {
  const parsed = CredentialsSchema.safeParse(raw);
  if (!parsed.success) throw new SignInError(parsed.error.issues[0]?.message ?? SIGN_IN_MESSAGES.wrong);
  const { email, password } = parsed.data;
  const accountKey = `account:${email}`;
  const addressKey = `address:${clientAddress}`;

  for (const key of [accountKey, addressKey]) {
    const locked = await lockedState(key, now);
    if (locked) throw new SignInError(SIGN_IN_MESSAGES.locked(minutesLeft(locked, now)));
  }

  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, passwordHash: true, isActive: true } });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || !user.isActive) {
    const [account, address] = await Promise.all([
      registerFailure(accountKey, ACCOUNT_RULE, now),
      registerFailure(addressKey, ADDRESS_RULE, now),
    ]);
    const lock = [account, address].find((s) => s.lockedUntil);
    throw new SignInError(lock ? SIGN_IN_MESSAGES.locked(minutesLeft(lock, now)) : SIGN_IN_MESSAGES.wrong);
  }
  await clearFailures(accountKey);
  const sid = await openSession(user.id, opts.userAgent);
  return { id: user.id, name: user.name, email: user.email, sid };
}
