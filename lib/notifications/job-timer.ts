/**
 * The in-app timer of the scheduled work (docs/decisions/0035), started by instrumentation-node.ts
 * in every instance unless JOBS_INTERVAL_SECONDS=0. A round never overlaps the previous one of the
 * same process; rounds of different instances are kept apart by the database (the reminders'
 * advisory lock, the outbox's SKIP LOCKED claims). The timer does not keep the process alive.
 */
export function startJobTimer(intervalSeconds: number, round: () => Promise<string>, log: (line: string) => void = console.log): (() => void) | null {
  if (intervalSeconds <= 0) return null;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const line = await round();
      if (line) log(`[jobs] ${line}`);
    } catch (error) {
      console.error(`[jobs] Lượt chạy định kỳ thất bại: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalSeconds * 1000);
  timer.unref();
  // The first round soon after start, not a whole interval later.
  const first = setTimeout(tick, Math.min(intervalSeconds, 15) * 1000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
