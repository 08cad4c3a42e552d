import "server-only";

/** Today's calendar date in Vietnam as "yyyy-MM-dd" (phases are calendar days). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}
