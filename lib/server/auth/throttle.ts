import "server-only";
import { admitAttempt, withdrawAttempt, type ThrottleRule, type ThrottleState } from "@/lib/domain/login-throttle";
import { db } from "@/lib/server/db";

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

function toState(row: { failures: number; windowStart: Date; lockedUntil: Date | null } | null): ThrottleState | null {
  return row && { failures: row.failures, windowStart: row.windowStart.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null };
}

function toRow(state: ThrottleState) {
  return { failures: state.failures, windowStart: new Date(state.windowStart), lockedUntil: state.lockedUntil ? new Date(state.lockedUntil) : null };
}

// Parallel attempts queue on the row lock; a busy machine must not turn that wait into an error.
const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/** Runs `fn` with the key's row locked, so parallel attempts count one after another. */
function withLockedRow<T>(key: string, now: number, fn: (tx: Tx, state: ThrottleState | null) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    // The row must exist to be locked: with none yet, parallel first attempts
    // would each read "no failures". A new row with 0 failures counts as none.
    await tx.loginThrottle.createMany({ data: [{ key, failures: 0, windowStart: new Date(now) }], skipDuplicates: true });
    await tx.$queryRaw`SELECT 1 FROM "LoginThrottle" WHERE "key" = ${key} FOR UPDATE`;
    return fn(tx, toState(await tx.loginThrottle.findUnique({ where: { key } })));
  }, TX_OPTIONS);
}

/**
 * Counts an attempt BEFORE its password is checked, in one locked step; a
 * refused attempt must not have its password checked at all (docs/decisions/0013).
 */
export function countAttempt(key: string, rule: ThrottleRule, now: number): Promise<{ admitted: boolean; state: ThrottleState }> {
  return withLockedRow(key, now, async (tx, state) => {
    const verdict = admitAttempt(state, rule, now);
    if (verdict.admitted) await tx.loginThrottle.update({ where: { key }, data: toRow(verdict.state) });
    return verdict;
  });
}

/** Takes back a counted attempt that was not a failure (lib/domain/login-throttle.ts). */
export function takeBackAttempt(key: string, rule: ThrottleRule, now: number): Promise<void> {
  return withLockedRow(key, now, async (tx, state) => {
    if (state) await tx.loginThrottle.update({ where: { key }, data: toRow(withdrawAttempt(state, rule)) });
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}
