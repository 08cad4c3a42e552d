import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { CHECK_FIELDS } from "./account-references";

/**
 * The use cases other areas call directly (createAccount from the bloc
 * set-up) parse their input again: a zod refusal becomes the same
 * INVALID_INPUT with field errors a form would get.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError("INVALID_INPUT", CHECK_FIELDS, fieldErrors);
}
