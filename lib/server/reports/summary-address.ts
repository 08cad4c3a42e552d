import "server-only";
import { yearParam } from "@/lib/domain/url-params";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/**
 * The province and year a summary's address names (`?tinh=<code>&nam=<year>`), for its page and
 * downloads alike: no province = the caller's first, no year = this year; a year out of range is
 * NOT_FOUND, like every address.
 */
export function summaryAddress(params: { tinh?: string | string[]; nam?: string | string[] }): { key: string | null; year: number } {
  const key = typeof params.tinh === "string" && params.tinh ? params.tinh : null;
  if (typeof params.nam !== "string" || params.nam === "") return { key, year: Number(todayInVietnam().slice(0, 4)) };
  const year = yearParam(params.nam);
  if (year === null) throw new AppError("NOT_FOUND");
  return { key, year };
}

/** The downloads' query string for a province and year. */
export function summaryQuery(key: string, year: number): string {
  return `?${new URLSearchParams({ tinh: key, nam: String(year) })}`;
}
