import type { NextConfig } from "next";

// Headers for every response, static files included; the CSP with its
// per-request nonce is set in proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  experimental: {
    // Evidence and signature scans go through server actions: up to 5 files of
    // 10 MB each per save (each file is also checked on the server). The proxy
    // must buffer the same amount or the action would see a truncated body.
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "exceljs"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
