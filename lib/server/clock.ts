import "server-only";
import { vietnamDay } from "@/lib/format";

/** Today's calendar date in Vietnam as "yyyy-MM-dd" (phases are calendar days). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDay(now);
}
