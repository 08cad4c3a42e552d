import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/**
 * The one way a page reads what its address names: a reader's NOT_FOUND becomes the not-found
 * page; anything else goes on (to error.tsx, or to the caller's own handling).
 * `forbidden`: "404" when a refusal must not tell that the thing exists either; or what the page
 * shows instead (made from the refusal's message), for pages that say "only the chair…".
 * `missing`: what the page shows instead of the not-found page, for pages whose address is right
 * but whose content is not there yet (a conference not yet recorded).
 */
export async function readOr404<T, F = never>(
  read: Promise<T>,
  options: { forbidden?: "404" | ((message: string) => F); missing?: (message: string) => F } = {},
): Promise<T | F> {
  try {
    return await read;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return options.missing ? options.missing(e.message) : notFound();
    if (isAppError(e) && e.code === "FORBIDDEN" && options.forbidden === "404") notFound();
    if (isAppError(e) && e.code === "FORBIDDEN" && typeof options.forbidden === "function") return options.forbidden(e.message);
    throw e;
  }
}
