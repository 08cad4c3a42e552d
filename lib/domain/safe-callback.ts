/**
 * Where to send someone after sign-in (or sign-out): a path of this site,
 * never another one. Pure, and used both by the pages and by next-auth's
 * redirect callback (lib/server/auth/options.ts).
 *
 * A prefix check is not enough: browsers read "\" as "/" and drop tabs and
 * newlines, so "/\evil.example" or "/<tab>/evil.example" are "//evil.example",
 * another site. The URL parser decides instead, against this origin (or a
 * placeholder one when the caller has none), and only pathname + search + hash
 * of a same-origin result is kept.
 */
const PLACEHOLDER_ORIGIN = "http://callback.invalid";

// Backslashes and control characters (tab, CR, LF, NUL, DEL…) never belong in
// a callback we issue (proxy.ts sends pathname + search); refuse rather than guess.
const SUSPICIOUS = /[\\\u0000-\u001f\u007f]/;

export function safeCallback(raw: unknown, origin?: string): string {
  if (typeof raw !== "string" || raw === "" || SUSPICIOUS.test(raw)) return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin ?? PLACEHOLDER_ORIGIN);
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "http://site//evil.example" has the path "//evil.example", which would be
  // protocol-relative again once used as a link.
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
