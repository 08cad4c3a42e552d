// The day the live demo is built around (docs/decisions/0005). The app decides which phase is
// open from the calendar day in Vietnam (lib/format vietnamDay, behind lib/server/clock.ts
// todayInVietnam); the seed uses the same rule.
// SEED_TODAY=yyyy-mm-dd replays the seed as of another day (the integration tests use it).
import { vietnamDay } from "../../../lib/format";

export { vietnamDay };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** SEED_TODAY when set (checked), else today in Vietnam. */
export function liveToday(env: Record<string, string | undefined> = process.env): string {
  const forced = env.SEED_TODAY?.trim();
  if (!forced) return vietnamDay();
  if (!ISO_DAY.test(forced) || Number.isNaN(Date.parse(`${forced}T00:00:00Z`))) {
    throw new Error(`SEED_TODAY phải có dạng yyyy-mm-dd (nhận được “${forced}”).`);
  }
  return forced;
}

/** The live demo year: the calendar year of `today` in Vietnam. */
export function liveYear(today: string): number {
  return Number(today.slice(0, 4));
}
