import { NextResponse, type NextRequest } from "next/server";
import { isHttpsUrl, strictTransportSecurity } from "@/lib/auth/secure-transport";
import { readSessionToken } from "@/lib/auth/session-token";
import { isDatabaseReachable } from "@/lib/db/reachability";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/domain/request-refusals";
import { refusalResponse } from "@/lib/proxy/refusal-response";
import { refuseMalformed } from "@/lib/proxy/request-guard";

/**
 * Runs before every page and route: a per-request CSP nonce (Next applies it
 * to its own scripts), and an optimistic redirect of signed-out visitors to
 * the sign-in page. Authorization is NOT decided here: every reader and use
 * case checks the user's roles on the server (lib/server).
 * It also answers, before anything runs, what would otherwise be a raw 500
 * (docs/decisions/0014): a malformed or oversized action body (400/413) and
 * a database that cannot be reached (503 with Retry-After).
 */
// "/dat-lai-mat-khau": password reset links, opened signed out (docs/decisions/0012).
// "/api/health": probes for the orchestrator; they report the database themselves.
// "/cong-khai": results a chair made public, ranking and bands only (docs/decisions/0024).
const PUBLIC_PATHS = ["/login", "/api/auth", "/dat-lai-mat-khau", "/api/health", "/cong-khai"];
const HEALTH_PATH = "/api/health";

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, React) are allowed; scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (!isPublic) {
    const token = await readSessionToken(request.cookies.getAll(), {
      secret: process.env.NEXTAUTH_SECRET ?? "",
      secure: isHttpsUrl(process.env.NEXTAUTH_URL),
    });
    if (!token) {
      if (pathname.startsWith("/api/")) {
        return NextResponse.json({ code: "UNAUTHENTICATED", message: "Vui lòng đăng nhập để tiếp tục." }, { status: 401 });
      }
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
  }

  const malformed = await refuseMalformed(request);
  if (malformed) return refusalResponse(request, malformed.status, malformed.message);
  const isHealth = pathname === HEALTH_PATH || pathname.startsWith(`${HEALTH_PATH}/`);
  if (!isHealth && !(await isDatabaseReachable())) return refusalResponse(request, 503, DATABASE_UNAVAILABLE_MESSAGE);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // HTTPS only from the public URL: behind a TLS-ending proxy the request itself is http.
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

// Not for the evidence upload route (app/api/…/tu-cham/[agencyCode]/minh-chung): with a proxy, Next
// reads a POST's whole body (up to proxyClientMaxBodySize) before the route runs, so a 60 MB
// upload would be received and kept before being refused. That route checks for itself what
// the proxy would (lib/server/files/upload.ts: same origin, signed in, the database through
// toResponse) and answers JSON, which needs no CSP (docs/decisions/0022-evidence-upload-route.md).
export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|api/khoi/[^/]+/[^/]+/tu-cham/[^/]+/minh-chung$).*)" }],
};
