/**
 * Failed sign-in limiting, per account and per client address. Pure: the
 * server stores the counters and passes the clock in (docs/decisions/0013).
 *
 * An attempt is counted when it is admitted, BEFORE its password is checked:
 * checking first would let parallel guesses all pass the lock check while the
 * slow hash runs. So `failures` is failed plus still-running attempts; a
 * success withdraws its own (lib/server/auth/sign-in.ts).
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

// One account: 5 failures within 15 minutes lock it for 15 minutes.
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// One address: far more, since an office behind one NAT address has many
// users. An account that is locked counts no more attempts against the
// address, so one person adds at most 5 per window: it takes failures on ten
// accounts within 15 minutes to lock an address.
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface ThrottleState {
  failures: number;
  windowStart: number;
  lockedUntil: number | null;
}

export function isLocked(state: ThrottleState | null, now: number): boolean {
  return !!state?.lockedUntil && state.lockedUntil > now;
}

export function recordFailure(state: ThrottleState | null, rule: ThrottleRule, now: number): ThrottleState {
  const fresh = !state || now - state.windowStart >= rule.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStart = fresh ? now : state.windowStart;
  const earned = failures >= rule.maxFailures ? now + rule.lockMs : 0;
  // A failure that passed the lock check just before the lock was set must not
  // lift it, even when it lands in a fresh window.
  const held = isLocked(state, now) ? state!.lockedUntil! : 0;
  return { failures, windowStart, lockedUntil: Math.max(earned, held) || null };
}

/**
 * Whether an attempt may have its password checked, and the state counting
 * it. A locked key admits nothing and counts nothing. The attempt that
 * reaches the limit is still checked; it sets the lock for the ones after it.
 */
export function admitAttempt(state: ThrottleState | null, rule: ThrottleRule, now: number): { admitted: boolean; state: ThrottleState } {
  if (state && isLocked(state, now)) return { admitted: false, state };
  return { admitted: true, state: recordFailure(state, rule, now) };
}

/**
 * Takes back an admitted attempt that turned out not to be a failure (a
 * success, or one refused by another limit): one less in the count, and no
 * lock once the count is below the limit, since the failures alone did not
 * earn one.
 */
export function withdrawAttempt(state: ThrottleState, rule: ThrottleRule): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= rule.maxFailures ? state.lockedUntil : null };
}

export function minutesLeft(state: ThrottleState, now: number): number {
  return Math.max(1, Math.ceil(((state.lockedUntil ?? now) - now) / 60_000));
}
