#!/usr/bin/env node
// Browser tests end to end: a fresh database (migrated + seeded), a production
// build, scripts/serve.mjs on port E2E_PORT (3100 unless set), Playwright, then a
// graceful stop so PGlite is closed. Extra arguments go to `playwright test` (e.g.
// a spec file, --grep).
//   E2E_PORT=3200     serve on another port (two runs side by side need two ports
//                     and two DATABASE_URLs: the e2e database is <name>_e2e)
//   E2E_SKIP_BUILD=1  reuse the existing .next build
import { spawn } from "node:child_process";
import net from "node:net";
import { migrateDeploy, prepareDatabase } from "../tests/integration/setup/database.mjs";
import { findChromium, missingChromiumMessage } from "./find-chromium.mjs";
import { bin, localEnv, run } from "./with-env.mjs";

const PORT = e2ePort(process.env.E2E_PORT);
const BASE_URL = `http://localhost:${PORT}`;
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

const chromium = findChromium();
if (!chromium) {
  console.error(missingChromiumMessage());
  process.exit(1);
}

const timings = [];
async function step(label, fn) {
  console.log(`\n▶ [e2e] ${label}…`);
  const started = Date.now();
  const result = await fn();
  timings.push([label, Date.now() - started]);
  return result;
}

function fail(message, code = 1) {
  console.error(`\n✖ [e2e] ${message}`);
  process.exit(code);
}

if (await portInUse(PORT)) fail(`Cổng ${PORT} đang bận (port ${PORT} is in use): dừng tiến trình đang dùng nó rồi chạy lại.`);

// The build runs against the emptied e2e database: a page that needed data at
// build time would fail here rather than bake stale rows into the output.
const db = await step("Chuẩn bị CSDL e2e", () => prepareDatabase({ suffix: "_e2e", pgliteDir: ".data/e2e-pglite" }));
console.log(`  ${db.kind}: ${db.label}`);
const env = {
  ...localEnv({ ...process.env, ...db.env, PORT: String(PORT) }),
  NEXTAUTH_URL: BASE_URL,
  E2E_BASE_URL: BASE_URL,
  CHROMIUM_PATH: chromium,
};

if (process.env.E2E_SKIP_BUILD === "1") {
  console.log("\n▶ [e2e] Bỏ qua biên dịch (E2E_SKIP_BUILD=1)");
} else {
  const code = await step("Biên dịch (next build)", () => run(bin("next"), ["build"], env));
  if (code !== 0) fail(`next build thất bại (mã ${code}).`, code);
}

await step("Áp dụng migration", async () => {
  await prepareDatabase({ suffix: "_e2e", pgliteDir: ".data/e2e-pglite" }); // the build may have opened it
  await migrateDeploy(env).catch((e) => fail(`prisma migrate deploy thất bại:\n${e.message}`));
});
{
  const code = await step("Nạp dữ liệu mẫu (seed)", () => run(bin("tsx"), ["prisma/seed.ts"], env));
  if (code !== 0) fail(`Seed thất bại (mã ${code}).`, code);
}

const server = await step(`Khởi động máy chủ (scripts/serve.mjs -p ${PORT})`, () => startServer(env));
let exitCode = 1;
try {
  exitCode = await step("Playwright", () => run(bin("playwright"), ["test", ...process.argv.slice(2)], env));
} finally {
  await step("Dừng máy chủ", () => stopServer(server));
}

console.log("\n[e2e] Thời gian (timings):");
for (const [label, ms] of timings) console.log(`  ${label.padEnd(36)} ${(ms / 1000).toFixed(1)} s`);
process.exit(exitCode);

// ───────────── helpers ─────────────

function e2ePort(value) {
  if (value === undefined || value.trim() === "") return 3100;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`E2E_PORT không hợp lệ (invalid port): ${value}`, 2);
  return port;
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function startServer(serverEnv) {
  // `next start` plus the client address for sign-in limits (scripts/serve.mjs).
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(PORT)], {
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk) => {
    output += chunk;
    if (process.env.E2E_SERVER_LOG === "1") process.stdout.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  child.exited = exited;
  child.output = () => output;

  // Ctrl-C on this script must still close the server (and its PGlite).
  const forward = (sig) => child.kill(sig);
  process.once("SIGINT", forward);
  process.once("SIGTERM", forward);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let dead = null;
  exited.then((r) => (dead = r));
  while (Date.now() < deadline) {
    if (dead) {
      console.error(output);
      fail(`Máy chủ dừng khi khởi động (server exited: ${dead.signal ?? `code ${dead.code}`}).`);
    }
    try {
      const res = await fetch(`${BASE_URL}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(output);
  child.kill("SIGTERM");
  await exited;
  fail(`${BASE_URL}/login không trả 200 sau ${READY_TIMEOUT_MS / 1000} s (not ready).`);
}

async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const result = await Promise.race([child.exited, new Promise((r) => setTimeout(() => r(null), STOP_TIMEOUT_MS))]);
  if (result === null) {
    console.error(`⚠ [e2e] Máy chủ không dừng sau ${STOP_TIMEOUT_MS / 1000} s; buộc dừng (SIGKILL).`);
    child.kill("SIGKILL");
    await child.exited;
  }
}
