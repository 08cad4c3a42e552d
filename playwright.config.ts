import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium.mjs";
import { POSTGRES_ONLY } from "./tests/e2e/postgres-only";

// scripts/e2e.mjs prepares the database, builds, starts the server on
// E2E_BASE_URL (port E2E_PORT, 3100 unless set) and then runs Playwright: no webServer entry here.
export default defineConfig({
  testDir: "tests/e2e",
  // scripts/e2e.mjs names the e2e database's kind; a spec that needs Postgres cannot run on PGlite.
  testIgnore: process.env.E2E_DATABASE_KIND === "pglite" ? POSTGRES_ONLY.map((name) => `**/${name}.spec.ts`) : [],
  workers: 1, // 2-core machines: the server and one browser already fill them
  retries: 0,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: "list",
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT || 3100}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    // A trace snapshots the page at every step: recording one for every test made the suite about
    // a third slower (docs/benchmarks/test-suite.md). A failure still leaves its screenshot and
    // the page's accessibility snapshot; E2E_TRACE=1 records traces to investigate one.
    trace: process.env.E2E_TRACE === "1" ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium() ?? undefined,
          // Without the networking flags Chromium floods the closed network
          // with refused connections (stack notes).
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});
