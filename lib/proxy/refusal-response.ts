import { RETRY_AFTER_SECONDS } from "@/lib/domain/request-refusals";

/**
 * One refusal, in the form the caller can read:
 *  - a server action called by the app (Next-Action header): text/plain,
 *    which Next's client throws as the error's message (error.tsx shows it);
 *  - an API or download route: JSON { code, message }, as toResponse does;
 *  - a page: a small Vietnamese HTML page.
 * 503s carry Retry-After.
 */
export function refusalResponse(request: Request, status: number, message: string): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (status === 503) headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  const path = new URL(request.url).pathname;
  if (request.headers.has("next-action")) {
    // Exactly "text/plain": Next's client only reads the body for that type.
    headers.set("Content-Type", "text/plain");
    return new Response(message, { status, headers });
  }
  if (path.startsWith("/api/")) {
    headers.set("Content-Type", "application/json; charset=utf-8");
    return new Response(JSON.stringify({ code: codeFor(status), message }), { status, headers });
  }
  headers.set("Content-Type", "text/html; charset=utf-8");
  return new Response(page(status, message), { status, headers });
}

function codeFor(status: number): string {
  if (status === 503) return "UNAVAILABLE";
  if (status === 413) return "TOO_LARGE";
  return "INVALID_INPUT";
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

// No scripts and inline styles only: the refusal must render without the app.
function page(status: number, message: string): string {
  const title = status === 503 ? "Tạm thời gián đoạn" : "Yêu cầu không hợp lệ";
  const retry = status === 503 ? `<p><a href="" style="color:#1d4ed8">Thử lại</a></p>` : `<p><a href="/" style="color:#1d4ed8">Về trang chủ</a></p>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1.5rem;text-align:center;color:#1c1917"><p style="color:#78716c">${status}</p><h1 style="font-size:1.5rem">${title}</h1><p>${escape(message)}</p>${retry}</body></html>`;
}
