import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startJobTimer } from "./job-timer";

describe("startJobTimer", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("does nothing at 0 seconds (the work is left to a cron)", () => {
    const round = vi.fn(async () => "");
    expect(startJobTimer(0, round)).toBeNull();
    vi.advanceTimersByTime(3_600_000);
    expect(round).not.toHaveBeenCalled();
  });

  it("runs a first round soon after start, then every interval, and logs only rounds with news", async () => {
    const lines: string[] = [];
    let n = 0;
    const stop = startJobTimer(
      60,
      async () => (++n === 2 ? "nhắc việc: 3 thông báo mới" : ""),
      (l) => lines.push(l),
    )!;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(n).toBe(1);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(n).toBe(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(n).toBe(4);
    expect(lines).toEqual(["[jobs] nhắc việc: 3 thông báo mới"]);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(n).toBe(4);
  });

  it("never starts a round while the previous one of the same process is still running", async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    const stop = startJobTimer(10, async () => {
      calls++;
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 35_000));
      running--;
      return "";
    })!;
    await vi.advanceTimersByTimeAsync(100_000);
    stop();
    expect(most).toBe(1);
    expect(calls).toBeGreaterThan(1);
    expect(calls).toBeLessThan(10);
  });
});
