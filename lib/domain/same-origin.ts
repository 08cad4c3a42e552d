/**
 * Is a state-changing request sent by one of the app's own pages? A browser names the page's
 * origin in `Origin` on every POST; it must be the host the request was sent to (`Host`, or
 * `X-Forwarded-Host` behind a reverse proxy), the rule Next applies to server actions. When the
 * browser also says where the request comes from (`Sec-Fetch-Site`), that must be the same
 * origin. A request without `Origin` is refused: every browser the app supports sends it, and
 * only a forged or scripted request leaves it out. The session cookie is SameSite=Lax too; this
 * check does not rely on it.
 */
export function isSameOriginRequest(headers: { get(name: string): string | null }, url: string): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwarded || headers.get("host") || new URL(url).host;
  if (originHost.toLowerCase() !== host.toLowerCase()) return false;
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin";
}

export const CROSS_ORIGIN_MESSAGE = "Yêu cầu bị từ chối: tệp chỉ được gửi từ các trang của hệ thống. Vui lòng tải lại trang và thử lại.";
