#!/usr/bin/env node
// Browser tests end to end: a fresh database (migrated + seeded), a production
// build, scripts/serve.mjs on port E2E_PORT (3100 unless set), Playwright, then a
// graceful stop so PGlite is closed. Extra arguments go to `playwright test` (e.g.
// a spec file, --grep).
//   E2E_PORT=3200     serve on another port (two runs side by side need two ports
//                     and two DATABASE_URLs: the e2e database is <name>_e2e)
//   E2E_SKIP_BUILD=1  reuse the existing .next build
//   E2E_SKIP_BUILD=auto  reuse it when it is newer than every file the build reads
//                     (app, components, lib, prisma/schema.prisma, the configs, the lock file)
//   E2E_KEEP_DATABASE=1  run on the e2e database as an earlier run left it: no emptying,
//                     migration or seed (each spec builds its own data: tests/e2e/worlds.ts)
//   E2E_REPEAT=2      run Playwright twice (or n times) on the same database, not reseeded
//   E2E_SMTP_PORT=3202  the port of the SMTP listener notifications.spec.ts starts (E2E_PORT + 2
//                     unless set): the server's SMTP_URL points there. The server's own timer of
//                     scheduled work is off (JOBS_INTERVAL_SECONDS=0): specs run `npm run jobs:run`.
//   E2E_ORDER=reverse one Playwright run per spec file, last file first; E2E_ORDER=each: one
//                     run per file in name order (each spec alone). Files named in the
//                     arguments are the ones run; other arguments go to every run.
// The specs are independent of each other (docs/e2e.md): these options are how that is checked.
import fs from "node:fs";
import path from "node:path";
import { copyOfMigratedTemplate, existingDatabase, migrateDeploy, prepareDatabase } from "../tests/integration/setup/database.mjs";
import { findChromium, missingChromiumMessage } from "./find-chromium.mjs";
import { buildIsCurrent, portInUse, startServer as startChild, stopServer } from "./server-process.mjs";
import { bin, localEnv, run } from "./with-env.mjs";

const PORT = e2ePort(process.env.E2E_PORT);
const SMTP_PORT = e2ePort(process.env.E2E_SMTP_PORT, PORT + 2);
const BASE_URL = `http://localhost:${PORT}`;
const READY_TIMEOUT_MS = 120_000;
const PGLITE_DIR = ".data/e2e-pglite";
// Where the specs' own data is written when the server holds an embedded PGlite folder.
const WORLDS_FILE = path.resolve(".data/e2e-worlds.json");
const KEEP_DATABASE = process.env.E2E_KEEP_DATABASE === "1";

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
const db = KEEP_DATABASE
  ? existingDatabase({ suffix: "_e2e", pgliteDir: PGLITE_DIR })
  : await step("Chuẩn bị CSDL e2e", () => prepareDatabase({ suffix: "_e2e", pgliteDir: PGLITE_DIR }));
console.log(`  ${db.kind}: ${db.label}${KEEP_DATABASE ? " (giữ nguyên dữ liệu, E2E_KEEP_DATABASE=1)" : ""}`);
const env = {
  ...localEnv({ ...process.env, ...db.env, PORT: String(PORT) }),
  NEXTAUTH_URL: BASE_URL,
  E2E_BASE_URL: BASE_URL,
  // E-mail goes to the listener notifications.spec.ts starts (tests/smtp-capture.ts); with none
  // listening a send fails and is retried, as with a mail server that is down.
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  MAIL_FROM: "Thi đua khối (e2e) <khongtraloi@e2e.thiduakhoi.vn>",
  // Reminders and the outbox run when a spec says so (npm run jobs:run), not on a timer.
  JOBS_INTERVAL_SECONDS: "0",
  CHROMIUM_PATH: chromium,
};

const skipBuild = process.env.E2E_SKIP_BUILD;
if (skipBuild === "1" || (skipBuild === "auto" && buildIsCurrent())) {
  console.log(`\n▶ [e2e] Bỏ qua biên dịch (E2E_SKIP_BUILD=${skipBuild})`);
} else {
  if (skipBuild === "auto") console.log("\n  .next cũ hơn mã nguồn (or missing): biên dịch lại.");
  const code = await step("Biên dịch (next build)", () => run(bin("next"), ["build"], env));
  if (code !== 0) fail(`next build thất bại (mã ${code}).`, code);
}

if (!KEEP_DATABASE) {
  await step("Áp dụng migration", async () => {
    // Right after the integration layer (npm test), its migrated template is copied instead.
    const copy = await copyOfMigratedTemplate({ from: "_it", to: "_e2e" });
    if (copy) return console.log(`  ${copy.label}: migration đã có sẵn`);
    await prepareDatabase({ suffix: "_e2e", pgliteDir: PGLITE_DIR }); // the build may have opened it
    await migrateDeploy(env).catch((e) => fail(`prisma migrate deploy thất bại:\n${e.message}`));
  });
  const code = await step("Nạp dữ liệu mẫu (seed)", () => run(bin("tsx"), ["prisma/seed.ts"], env));
  if (code !== 0) fail(`Seed thất bại (mã ${code}).`, code);
}

// Each spec builds its data straight into a Postgres database (tests/e2e/fixtures.ts useWorld).
// A PGlite folder is the server's alone, so there the worlds are built before each start of
// the server, into WORLDS_FILE, and the specs read them from it.
const pglite = db.kind === "pglite";
if (pglite) {
  console.log("\n⚠ [e2e] CSDL e2e là PGlite: bỏ qua tests/e2e/two-instances.spec.ts (hai máy chủ trên một CSDL cần Postgres: đặt DATABASE_URL).");
  console.log("  The e2e database is PGlite: two-instances.spec.ts needs Postgres (set DATABASE_URL) and is left out.");
}
const runs = plannedRuns(process.argv.slice(2));
const results = [];
let server = null;
try {
  for (const [i, args] of runs.entries()) {
    const label = runs.length > 1 ? `Playwright ${i + 1}/${runs.length}: ${args.join(" ") || "(tất cả)"}` : "Playwright";
    if (pglite) {
      if (server) await step("Dừng máy chủ", () => stopServer(server));
      server = null;
      const code = await step("Dựng dữ liệu riêng của các spec", () => run(bin("tsx"), ["tests/e2e/build-worlds.ts", WORLDS_FILE], env));
      if (code !== 0) fail(`Không dựng được dữ liệu của các spec (mã ${code}).`, code);
    }
    server ??= await step(`Khởi động máy chủ (scripts/serve.mjs -p ${PORT})`, () => startServer(env));
    const runEnv = { ...env, E2E_DATABASE_KIND: db.kind, ...(pglite ? { E2E_WORLDS_FILE: WORLDS_FILE } : {}) };
    results.push([label, await step(label, () => run(bin("playwright"), ["test", ...args], runEnv))]);
  }
} finally {
  if (server) await step("Dừng máy chủ", () => stopServer(server));
}
const exitCode = results.find(([, code]) => code !== 0)?.[1] ?? (results.length ? 0 : 1);

if (results.length > 1) {
  console.log("\n[e2e] Các lượt Playwright (runs):");
  for (const [label, code] of results) console.log(`  ${code === 0 ? "✔" : "✖"} ${label}${code === 0 ? "" : ` (mã ${code})`}`);
}
console.log("\n[e2e] Thời gian (timings):");
for (const [label, ms] of timings) console.log(`  ${label.padEnd(36)} ${(ms / 1000).toFixed(1)} s`);
process.exit(exitCode);

// ───────────── helpers ─────────────

/** The argument lists of the Playwright runs that E2E_ORDER and E2E_REPEAT ask for. */
function plannedRuns(args) {
  const order = process.env.E2E_ORDER ?? "";
  const repeat = Number(process.env.E2E_REPEAT ?? "1");
  if (!["", "reverse", "each"].includes(order)) fail(`E2E_ORDER phải là reverse hoặc each (nhận được ${order}).`, 2);
  if (!Number.isInteger(repeat) || repeat < 1) fail(`E2E_REPEAT phải là số nguyên dương (nhận được ${process.env.E2E_REPEAT}).`, 2);
  let once = [args];
  if (order) {
    const isSpec = (a) => a.endsWith(".spec.ts");
    const named = args.filter(isSpec);
    const files = named.length
      ? named
      : fs
          .readdirSync("tests/e2e")
          .filter(isSpec)
          .sort()
          .map((f) => `tests/e2e/${f}`);
    const rest = args.filter((a) => !isSpec(a));
    // A --grep that matches nothing in one file must not fail that file's run.
    once = (order === "reverse" ? files.toReversed() : files).map((f) => [f, ...rest, "--pass-with-no-tests"]);
  }
  return Array.from({ length: repeat }, () => once).flat();
}

function e2ePort(value, fallback = 3100) {
  if (value === undefined || value.trim() === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`E2E_PORT không hợp lệ (invalid port): ${value}`, 2);
  return port;
}

async function startServer(serverEnv) {
  // `next start` plus the client address for sign-in limits (scripts/serve.mjs).
  try {
    return await startChild({
      args: ["scripts/serve.mjs", "-p", String(PORT)],
      env: serverEnv,
      readyUrl: `${BASE_URL}/login`,
      timeoutMs: READY_TIMEOUT_MS,
      echo: process.env.E2E_SERVER_LOG === "1",
    });
  } catch (error) {
    if (error.output) console.error(error.output);
    fail(error.message);
  }
}
