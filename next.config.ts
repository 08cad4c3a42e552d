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
  // `npm test` type-checks the whole tree (tsc, its validate layer) before its e2e layer builds,
  // and says so with TYPES_CHECKED=1: the build's own check of the same files would add half a
  // minute. Every other build (npm run build, npm run test:e2e alone) still checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  experimental: {
    // The build cache speeds up the next build in the same folder; a CI clone builds once, and
    // writing the cache cost it 13 s (docs/benchmarks/test-suite.md).
    turbopackFileSystemCacheForBuild: !process.env.CI,
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
