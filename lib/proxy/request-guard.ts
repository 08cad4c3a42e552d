import { BAD_ADDRESS_MESSAGE, BODY_TOO_LARGE_MESSAGE, MALFORMED_REQUEST_MESSAGE } from "@/lib/domain/request-refusals";

/**
 * Requests the app would otherwise answer with a raw 500, refused up front
 * with 400/413 and a Vietnamese message (docs/decisions/0014):
 *  - a path or query with control characters (%00 reaches Postgres, which
 *    refuses NUL in any text);
 *  - a server-action body over the limit (next.config.ts), or one that does
 *    not parse: a multipart body with a wrong or missing boundary or cut
 *    short, or a fetch-action body that is not the JSON the client sends.
 * Well-formed bodies go on untouched; the action parses them again (the
 * clone costs one more parse of a body of at most the limit).
 */
export const ACTION_BODY_LIMIT_BYTES = 52 * 1024 * 1024; // keep equal to serverActions.bodySizeLimit

export type Refusal = { status: 400 | 413; message: string };

const CONTROL_IN_URL = /%(?:[01][0-9a-f]|7f)/i;

/** An address with control characters, refused before anything reads it (also by the upload routes, which the proxy skips). */
export function refuseBadAddress(address: string): Refusal | null {
  const url = new URL(address);
  return CONTROL_IN_URL.test(url.pathname) || CONTROL_IN_URL.test(url.search) ? { status: 400, message: BAD_ADDRESS_MESSAGE } : null;
}

export async function refuseMalformed(request: Request): Promise<Refusal | null> {
  const badAddress = refuseBadAddress(request.url);
  if (badAddress) return badAddress;
  if (request.method !== "POST") return null;

  const contentType = request.headers.get("content-type") ?? "";
  const isFetchAction = request.headers.has("next-action");
  const isMultipart = contentType.startsWith("multipart/form-data");
  if (!isFetchAction && !isMultipart) return null; // not a server action (routes parse their own bodies)

  const length = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: BODY_TOO_LARGE_MESSAGE };

  if (isMultipart) {
    if (!/;\s*boundary=/i.test(contentType)) return { status: 400, message: MALFORMED_REQUEST_MESSAGE };
    try {
      await request.clone().formData();
    } catch {
      return { status: 400, message: MALFORMED_REQUEST_MESSAGE };
    }
    return null;
  }
  // A fetch action without files: the client sends its arguments as JSON text.
  if (!contentType.startsWith("text/plain")) return { status: 400, message: MALFORMED_REQUEST_MESSAGE };
  try {
    JSON.parse(await request.clone().text());
  } catch {
    return { status: 400, message: MALFORMED_REQUEST_MESSAGE };
  }
  return null;
}
