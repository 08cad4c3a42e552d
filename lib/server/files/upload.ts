import "server-only";
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/domain/file-type";
import { CROSS_ORIGIN_MESSAGE, isSameOriginRequest } from "@/lib/domain/same-origin";
import { refuseBadAddress } from "@/lib/proxy/request-guard";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError, toResponse } from "@/lib/server/errors";

/** The body of an upload, read at most once and only when the use case asks for it. */
export type UploadBody = () => Promise<File>;

/**
 * The one way a route takes a file: `export const POST = uploadRoute(async (params, request, body) => …)`.
 * The body is the file's bytes as they are (XMLHttpRequest.send(file)), so that the browser can
 * report how much is sent. Before anything is read: an address with control characters is refused
 * (400, the proxy's own check), a request from another site (403), a signed-out one (401), and a
 * declared length over the limit (413). The maker
 * authorizes through its use case, which reads the body (`body()`) once it may: at most
 * MAX_UPLOAD_BYTES are read, and a longer body is refused at that point, never kept whole.
 * The answer is JSON; a refusal is `{ code, message }` with its status (lib/server/errors).
 * The proxy does not run for these routes (proxy.ts says why), so these checks are the route's own.
 */
export function uploadRoute<P extends Record<string, string>>(take: (params: P, request: Request, body: UploadBody) => Promise<object>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const badAddress = refuseBadAddress(request.url);
      if (badAddress) return Response.json({ code: "INVALID_INPUT", message: badAddress.message }, { status: badAddress.status });
      if (!isSameOriginRequest(request.headers, request.url)) throw new AppError("FORBIDDEN", CROSS_ORIGIN_MESSAGE);
      if (!(await getCurrentUser())) throw new AppError("UNAUTHENTICATED");
      if (declaredLength(request) > MAX_UPLOAD_BYTES) return tooLarge();
      const name = new URL(request.url).searchParams.get("name") ?? "";
      const answer = await take(await ctx.params, request, () => readBounded(request, name));
      return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
    } catch (e) {
      if (e instanceof BodyTooLarge) return tooLarge();
      return toResponse(e);
    }
  };
}

class BodyTooLarge extends Error {}

/** The rest of the body is never read: Node discards what still arrives, nothing keeps it. */
function tooLarge(): Response {
  return Response.json({ code: "INVALID_INPUT", message: UPLOAD_TOO_LARGE_MESSAGE }, { status: 413 });
}

function declaredLength(request: Request): number {
  const length = Number(request.headers.get("content-length") ?? "0");
  return Number.isFinite(length) ? length : 0;
}

/**
 * Reads the body into memory up to MAX_UPLOAD_BYTES; one byte more stops the reading (the stream
 * is cancelled) and refuses the upload. The name is the one the browser gave (lib/domain/file-type
 * makes it safe; the type is told by the content).
 */
async function readBounded(request: Request, name: string): Promise<File> {
  const reader = request.body?.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        // The browser cancelled or the connection dropped: an expected end, not a crash.
        throw new AppError("INVALID_INPUT", "Tệp chưa được gửi hết (đã hủy hoặc mất kết nối). Vui lòng gửi lại.");
      });
      if (done) break;
      size += value.byteLength;
      if (size > MAX_UPLOAD_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLarge();
      }
      chunks.push(value as Uint8Array<ArrayBuffer>);
    }
  }
  return new File(chunks, name);
}
