import "server-only";
import { isLocked, recordFailure, type ThrottleRule, type ThrottleState } from "@/lib/domain/login-throttle";
import { db } from "@/lib/server/db";

function toState(row: { failures: number; windowStart: Date; lockedUntil: Date | null } | null): ThrottleState | null {
  return row && { failures: row.failures, windowStart: row.windowStart.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null };
}

export async function lockedState(key: string, now: number): Promise<ThrottleState | null> {
  const state = toState(await db().loginThrottle.findUnique({ where: { key } }));
  return isLocked(state, now) ? state : null;
}

export async function registerFailure(key: string, rule: ThrottleRule, now: number): Promise<ThrottleState> {
  return db().$transaction(async (tx) => {
    // Lock the row (if any) so parallel failures count one by one.
    await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const next = recordFailure(toState(await tx.loginThrottle.findUnique({ where: { key } })), rule, now);
    const data = { failures: next.failures, windowStart: new Date(next.windowStart), lockedUntil: next.lockedUntil ? new Date(next.lockedUntil) : null };
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    return next;
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}
