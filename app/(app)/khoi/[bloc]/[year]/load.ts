import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { isAppError } from "@/lib/server/errors";

export type BlocYearParams = Promise<{ bloc: string; year: string }>;

/** The page's bloc and year, or the not-found page (also for blocs the user cannot reach). */
export const loadBlocYear = cache(async (code: string, yearText: string) => {
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1945 || year > 2200) notFound();
  try {
    return await getBlocYear(decodeURIComponent(code), year);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});
