/**
 * Failed sign-in limiting, per account and per client address. Pure: the
 * server stores the counters and passes the clock in.
 * Defaults: 5 failures within 15 minutes lock the key for 15 minutes.
 */
export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
// An office behind one NAT address has many users: the address limit is wider.
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

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

export function minutesLeft(state: ThrottleState, now: number): number {
  return Math.max(1, Math.ceil(((state.lockedUntil ?? now) - now) / 60_000));
}
