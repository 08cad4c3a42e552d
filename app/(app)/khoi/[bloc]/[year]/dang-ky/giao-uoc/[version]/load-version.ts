import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/server/errors";

export type VersionParams = Promise<{ bloc: string; year: string; version: string }>;

/** The version number from the URL, or the not-found page ("abc", 0, 1.5). */
export function versionNumber(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) notFound();
  return n;
}

/** Runs a reader; its NOT_FOUND becomes the not-found page. */
export async function orNotFound<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
