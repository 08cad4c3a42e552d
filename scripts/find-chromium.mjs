// Playwright's own browser download cannot reach its server from these
// machines: the browser tests use the system Chromium (docs: stack notes).
import fs from "node:fs";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// Debian's build of the old headless shell, the browser Playwright itself runs for headless
// tests: it has no GPU process and no browser UI, and took half the CPU of the full Chromium on
// the same specs (docs/benchmarks/test-suite.md, "The headless shell").
const SYSTEM_HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * CHROMIUM_PATH if it exists, else Debian's headless shell, else Debian's Chromium, else null.
 */
export function findChromium(env = process.env) {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured && fs.existsSync(configured)) return configured;
  for (const candidate of [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]) if (fs.existsSync(candidate)) return candidate;
  return null;
}

export function missingChromiumMessage(env = process.env) {
  const configured = env.CHROMIUM_PATH?.trim();
  return [
    configured
      ? `✖ Không tìm thấy Chromium tại CHROMIUM_PATH=${configured} (Chromium not found at CHROMIUM_PATH).`
      : `✖ Không tìm thấy Chromium (${SYSTEM_CHROMIUM}) để chạy kiểm thử trình duyệt.`,
    "  Cài Chromium của Debian (với quyền root):   apt-get update && apt-get install -y chromium-headless-shell",
    "  hoặc đặt CHROMIUM_PATH trỏ tới tệp chạy Chromium/Chrome sẵn có.",
    "  (`npx playwright install` không dùng được: máy không tải được trình duyệt từ máy chủ của Playwright.)",
    "",
    "✖ Chromium was not found, so the browser (e2e) tests cannot run.",
    "  Install Debian's Chromium as root:   apt-get update && apt-get install -y chromium-headless-shell",
    "  or set CHROMIUM_PATH to an existing Chromium/Chrome executable.",
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findChromium();
  if (!found) {
    console.error(missingChromiumMessage());
    process.exit(1);
  }
  console.log(found);
}
