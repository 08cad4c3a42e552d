/**
 * Whether the site is served over https, read from its public URL
 * (NEXTAUTH_URL, lib/env.ts) rather than from the request: behind a proxy
 * that ends TLS, the app itself only ever sees plain http.
 */
export function isHttpsUrl(publicUrl: string | undefined): boolean {
  try {
    return !!publicUrl && new URL(publicUrl).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The Strict-Transport-Security header for an https site (proxy.ts), or null
 * when the public URL is plain http (a local or demo run).
 */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return isHttpsUrl(publicUrl) ? "max-age=31536000; includeSubDomains" : null;
}
