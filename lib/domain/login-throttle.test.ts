import { describe, expect, test } from "vitest";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  admitAttempt,
  isLocked,
  minutesLeft,
  recordFailure,
  withdrawAttempt,
  type ThrottleRule,
  type ThrottleState,
} from "./login-throttle";

const S = 1_000;
const MIN = 60 * S;
const T0 = Date.UTC(2024, 1, 6, 8, 0, 0);

/** Records a failure at each offset from T0, in turn, from no state. */
function replay(offsets: number[], rule: ThrottleRule = ACCOUNT_RULE): ThrottleState {
  let state: ThrottleState | null = null;
  for (const offset of offsets) state = recordFailure(state, rule, T0 + offset);
  return state!;
}
const times = (n: number, offset = 0) => Array.from({ length: n }, () => offset);

test("the defaults: 5 account / 50 address failures in 15 minutes lock for 15 minutes", () => {
  expect(ACCOUNT_RULE).toEqual({ maxFailures: 5, windowMs: 15 * MIN, lockMs: 15 * MIN });
  expect(ADDRESS_RULE).toEqual({ maxFailures: 50, windowMs: 15 * MIN, lockMs: 15 * MIN });
});

test("an address takes failures on many accounts to lock: ten accounts' worth", () => {
  expect(ADDRESS_RULE.maxFailures).toBeGreaterThanOrEqual(10 * ACCOUNT_RULE.maxFailures);
});

describe("recordFailure", () => {
  test.each<[string, number[], ThrottleRule, ThrottleState]>([
    ["the first failure opens a window", [0], ACCOUNT_RULE, { failures: 1, windowStart: T0, lockedUntil: null }],
    ["4 failures within 15 minutes do not lock", [0, 1 * MIN, 2 * MIN, 3 * MIN], ACCOUNT_RULE, { failures: 4, windowStart: T0, lockedUntil: null }],
    [
      "5th failure within 15 minutes locks the account for 15 minutes from that failure",
      [0, 1 * MIN, 2 * MIN, 3 * MIN, 10 * MIN],
      ACCOUNT_RULE,
      { failures: 5, windowStart: T0, lockedUntil: T0 + 10 * MIN + 15 * MIN },
    ],
    [
      "5th failure 1 ms before the window ends still locks",
      [0, S, S, S, 15 * MIN - 1],
      ACCOUNT_RULE,
      { failures: 5, windowStart: T0, lockedUntil: T0 + 15 * MIN - 1 + 15 * MIN },
    ],
    [
      "a failure exactly 15 minutes after the window started starts a new window (>= boundary)",
      [0, S, S, S, 15 * MIN],
      ACCOUNT_RULE,
      { failures: 1, windowStart: T0 + 15 * MIN, lockedUntil: null },
    ],
    [
      "a failure after the window starts a new window, counting from 1",
      [0, S, 2 * S, 3 * S, 20 * MIN, 21 * MIN],
      ACCOUNT_RULE,
      { failures: 2, windowStart: T0 + 20 * MIN, lockedUntil: null },
    ],
    ["an address survives 49 failures in a window", times(49), ADDRESS_RULE, { failures: 49, windowStart: T0, lockedUntil: null }],
    ["the 50th failure from one address locks it", times(50), ADDRESS_RULE, { failures: 50, windowStart: T0, lockedUntil: T0 + 15 * MIN }],
    [
      "a failure after the lock ends (window long gone) starts over unlocked",
      [...times(5), 31 * MIN],
      ACCOUNT_RULE,
      { failures: 1, windowStart: T0 + 31 * MIN, lockedUntil: null },
    ],
  ])("%s", (_name, offsets, rule, expected) => {
    expect(replay(offsets, rule)).toEqual(expected);
  });

  test.each<[string, number[], number]>([
    // A request that passed the lock check just before another locked the key.
    ["in the same window it extends the lock", [...times(5), 5 * MIN], T0 + 5 * MIN + 15 * MIN],
    ["in a fresh window it keeps the lock it found", [0, 14 * MIN, 14 * MIN, 14 * MIN, 14 * MIN, 15 * MIN], T0 + 14 * MIN + 15 * MIN],
  ])("a failure recorded while locked never lifts the lock: %s", (_name, offsets, lockedUntil) => {
    const state = replay(offsets);
    expect(state.lockedUntil).toBe(lockedUntil);
    expect(isLocked(state, T0 + offsets.at(-1)! + 1)).toBe(true);
  });

  test("it returns a new state and leaves the stored one alone", () => {
    const before: ThrottleState = { failures: 2, windowStart: T0, lockedUntil: null };
    const after = recordFailure(before, ACCOUNT_RULE, T0 + MIN);
    expect(before).toEqual({ failures: 2, windowStart: T0, lockedUntil: null });
    expect(after).toEqual({ failures: 3, windowStart: T0, lockedUntil: null });
  });
});

describe("admitAttempt: counted before the password is checked", () => {
  test("the first attempt is admitted and counted", () => {
    expect(admitAttempt(null, ACCOUNT_RULE, T0)).toEqual({ admitted: true, state: { failures: 1, windowStart: T0, lockedUntil: null } });
  });

  test("attempts arriving together: the first 5 are admitted, the 5th sets the lock, the rest are refused uncounted", () => {
    let state: ThrottleState | null = null;
    const admitted: boolean[] = [];
    for (let i = 0; i < 15; i++) {
      const verdict = admitAttempt(state, ACCOUNT_RULE, T0);
      admitted.push(verdict.admitted);
      state = verdict.state;
    }
    expect(admitted).toEqual([...Array(5).fill(true), ...Array(10).fill(false)]);
    expect(state).toEqual({ failures: 5, windowStart: T0, lockedUntil: T0 + 15 * MIN });
  });

  test("a locked key admits nothing and keeps its state", () => {
    const locked: ThrottleState = { failures: 5, windowStart: T0, lockedUntil: T0 + 15 * MIN };
    expect(admitAttempt(locked, ACCOUNT_RULE, T0 + 15 * MIN - 1)).toEqual({ admitted: false, state: locked });
  });

  test("once the lock ends, an attempt is admitted in a fresh window", () => {
    const locked: ThrottleState = { failures: 5, windowStart: T0, lockedUntil: T0 + 15 * MIN };
    expect(admitAttempt(locked, ACCOUNT_RULE, T0 + 15 * MIN)).toEqual({
      admitted: true,
      state: { failures: 1, windowStart: T0 + 15 * MIN, lockedUntil: null },
    });
  });
});

describe("withdrawAttempt: an admitted attempt that was not a failure", () => {
  test("takes one off the count", () => {
    expect(withdrawAttempt({ failures: 3, windowStart: T0, lockedUntil: null }, ADDRESS_RULE)).toEqual({ failures: 2, windowStart: T0, lockedUntil: null });
  });

  test("lifts the lock its own count set: the failures alone did not reach the limit", () => {
    expect(withdrawAttempt({ failures: 50, windowStart: T0, lockedUntil: T0 + 15 * MIN }, ADDRESS_RULE)).toEqual({
      failures: 49,
      windowStart: T0,
      lockedUntil: null,
    });
  });

  test("never below zero", () => {
    expect(withdrawAttempt({ failures: 0, windowStart: T0, lockedUntil: null }, ACCOUNT_RULE).failures).toBe(0);
  });
});

describe("isLocked", () => {
  const lockedAt = (lockedUntil: number | null): ThrottleState => ({ failures: 5, windowStart: T0, lockedUntil });

  test.each<[string, ThrottleState | null, number, boolean]>([
    ["no record is not locked", null, T0, false],
    ["a record without a lock is not locked", lockedAt(null), T0, false],
    ["locked while lockedUntil is in the future", lockedAt(T0 + 1), T0, true],
    ["unlocked at exactly lockedUntil", lockedAt(T0), T0, false],
    ["unlocked after lockedUntil", lockedAt(T0 - 1), T0, false],
  ])("%s", (_name, state, now, expected) => {
    expect(isLocked(state, now)).toBe(expected);
  });

  test.each<[number, boolean]>([
    [0, true],
    [15 * MIN - 1, true],
    [15 * MIN, false],
  ])("after the 5th failure at T0, locked at T0+%i ms → %s", (offset, expected) => {
    expect(isLocked(replay(times(5)), T0 + offset)).toBe(expected);
  });
});

describe("minutesLeft", () => {
  test.each<[string, number | null, number]>([
    ["a full lock is 15 minutes", 15 * MIN, 15],
    ["a part-minute rounds up", 14 * MIN + 1, 15],
    ["exactly one minute", MIN, 1],
    ["a few seconds still says 1 minute, never 0", 5 * S, 1],
    ["an expired lock says 1 minute, never a negative number", -5 * MIN, 1],
    ["no lock says 1 minute", null, 1],
  ])("%s", (_name, remaining, expected) => {
    const state: ThrottleState = { failures: 5, windowStart: T0, lockedUntil: remaining === null ? null : T0 + remaining };
    expect(minutesLeft(state, T0)).toBe(expected);
  });
});
