import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { versionParam, yearParam } from "@/lib/domain/url-params";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { readOr404 } from "@/lib/server/read-or-404";

export type BlocYearParams = Promise<{ bloc: string; year: string }>;
export type VersionParams = Promise<{ bloc: string; year: string; version: string }>;

/** The page's bloc and year, or the not-found page (also for blocs the user cannot reach). */
export const loadBlocYear = cache(async (code: string, yearText: string) => {
  const year = yearParam(yearText);
  if (year === null) notFound();
  return readOr404(getBlocYear(decodeURIComponent(code), year));
});

/** A version number from the address, or the not-found page ("abc", 0, 1.5). */
export function versionOr404(text: string): number {
  const n = versionParam(text);
  if (n === null) notFound();
  return n;
}
