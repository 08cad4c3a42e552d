/**
 * npm run bench:pages (docs/benchmarks/pages.md): the app's key pages side by side with a bare
 * Next page, on the seeded demo data and on full-size blocs of the national data set.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { liveToday, liveYear } from "../../prisma/seed/live/today";
import { DEMO_PASSWORD } from "../../prisma/seed/users";
import { copyOfMigratedTemplate, migrateDeploy, prepareDatabase, serverUrl } from "../../tests/integration/setup/database.mjs";
import { buildIsCurrent, portInUse, startServer, stopServer, type ServerChild } from "../server-process.mjs";
import { bin, localEnv, run } from "../with-env.mjs";
import { measurePage, peakRss, type LoadOptions } from "./load";
import { loadNational, nationalBlocCount } from "./national";
import { demoPages, fullPages, type PageSpec } from "./pages";
import { allPass, DEMO_TARGETS, describeTargets, formatTable, FULL_TARGETS, type Measured, type Targets } from "./report";
import { signIn } from "./sign-in";

const BARE_DIR = "scripts/bench-pages/bare-next";
const REPORT_FILE = ".data/bench-pages/last-run.md";
const SUFFIX = "_bench_pages";

export interface Options extends LoadOptions {
  quick: boolean;
  provinces: number;
}

export function parseArgs(argv: readonly string[]): Options {
  const quick = argv.includes("--quick");
  const o: Options = quick
    ? { quick, provinces: 2, connections: 20, warmupSeconds: 1, seconds: 3 }
    : { quick, provinces: 34, connections: 20, warmupSeconds: 3, seconds: 10 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--quick") continue;
    if (argv[i] === "--provinces" || argv[i] === "--seconds") {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${argv[i - 1]} needs a whole number ≥ 1`);
      if (argv[i - 1] === "--provinces") o.provinces = n;
      else o.seconds = n;
    } else throw new Error(`Unknown flag ${argv[i]} (flags: --quick, --provinces N, --seconds N)`);
  }
  return o;
}

const log = (s = "") => console.log(s);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function machine() {
  const model = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "?";
  // Both servers run on this process's Node (scripts/server-process.mjs spawns process.execPath).
  return `${os.availableParallelism()} cores (nproc), ${model.trim()}, ${mb(os.totalmem())} RAM, Node ${process.versions.node}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const o = parseArgs(argv);
  const url = serverUrl();
  if (!url) {
    console.error("bench:pages needs a Postgres server: set DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/khoi); it uses <name>_bench_pages.");
    return 2;
  }
  const port = Number(process.env.BENCH_PORT ?? 3200);
  const barePort = port + 1;
  for (const p of [port, barePort]) if (await portInUse(p)) throw new Error(`Cổng ${p} đang bận (port in use): set BENCH_PORT`);
  const base = `http://localhost:${port}`;
  const bareBase = `http://localhost:${barePort}`;
  const loads: number[] = [];
  const started = new Date();

  const db = await prepareDatabase({ suffix: SUFFIX, pgliteDir: ".data/bench-pages-pglite" });
  const env = { ...localEnv({ ...process.env, ...db.env, PORT: String(port) }), NEXTAUTH_URL: base };

  const skip = process.env.BENCH_SKIP_BUILD;
  if (skip === "1" || (skip === "auto" && buildIsCurrent())) log(`▶ Reusing the app's build (BENCH_SKIP_BUILD=${skip})`);
  else if ((await run(bin("next"), ["build"], env)) !== 0) throw new Error("next build failed");
  const bareInputs = [path.join(BARE_DIR, "app"), path.join(BARE_DIR, "next.config.ts"), "package-lock.json"];
  // webpack: Turbopack takes the repository as the fixture's root and builds the app's proxy.ts into it
  // (docs/decisions/0026-page-benchmark-against-a-bare-next-page.md).
  if (!buildIsCurrent(path.join(BARE_DIR, ".next"), bareInputs) && (await run(bin("next"), ["build", "--webpack", BARE_DIR], env)) !== 0) {
    throw new Error("next build of the bare page failed");
  }

  log(`▶ Database ${db.label}: migrate and seed`);
  if (!(await copyOfMigratedTemplate({ from: "_it", to: SUFFIX, env: { ...process.env, ...db.env } }))) await migrateDeploy(env);
  if ((await run(bin("tsx"), ["prisma/seed.ts"], env)) !== 0) throw new Error("seed failed");

  const nextBin = "node_modules/next/dist/bin/next";
  const bare = await startServer({ args: [nextBin, "start", BARE_DIR, "-p", String(barePort)], env, readyUrl: `${bareBase}/` });
  let app: ServerChild | null = null;
  const sections: string[] = [];
  let pass = true;
  try {
    app = await startServer({ args: ["scripts/serve.mjs", "-p", String(port)], env, readyUrl: `${base}/login` });
    const measureSet = async (title: string, pages: PageSpec[], targets: Targets) => {
      const cookies = new Map<string, string>();
      for (const email of new Set(pages.flatMap((p) => (p.as ? [p.as] : [])))) cookies.set(email, await signIn(base, email, DEMO_PASSWORD));
      log(`\n▶ ${title}`);
      loads.push(os.loadavg()[0]);
      const bareRuns = [await measurePage("bare Next page, before", `${bareBase}/`, null, o, bare.pid)];
      const results: Measured[] = [];
      let rss = 0;
      for (const p of pages) {
        loads.push(os.loadavg()[0]);
        const r = await peakRss(app!.pid!, () => measurePage(p.label, base + p.path, p.as ? cookies.get(p.as)! : null, o, app!.pid));
        rss = Math.max(rss, r.peakBytes);
        results.push(r.result);
        log(`  ${p.label}: ${r.result.reqPerSec.toFixed(1)} req/s`);
      }
      loads.push(os.loadavg()[0]);
      bareRuns.push(await measurePage("bare Next page, after", `${bareBase}/`, null, o, bare.pid));
      const table = formatTable(bareRuns, results, targets);
      const ok = allPass(bareRuns, results, targets);
      pass &&= ok;
      const section = [
        `### ${title}`,
        "",
        `Targets: ${describeTargets(targets)}.`,
        "",
        table,
        "",
        `Server RSS under load (peak): ${mb(rss)}. ${ok ? "All targets met." : "Targets missed."}`,
      ];
      log(["", ...section].join("\n"));
      sections.push(section.join("\n"));
    };

    await measureSet("Seeded demo data", demoPages(liveYear(liveToday())), DEMO_TARGETS);

    log(`\n▶ Loading the national data set (${o.provinces} provinces, ${nationalBlocCount(o.provinces)} blocs)…`);
    const loaded = await loadNational(db.env.DATABASE_URL, o.provinces, "truongkhoi.kontum@thiduakhoi.vn");
    log(`  loaded in ${loaded.seconds.toFixed(0)} s`);
    await measureSet(`Full-size blocs (12 agencies × 60 criteria; ${nationalBlocCount(o.provinces)} blocs in the data set)`, fullPages(), FULL_TARGETS);
  } finally {
    if (app) await stopServer(app);
    await stopServer(bare);
  }

  const minutes = (Date.now() - started.getTime()) / 60_000;
  const head = [
    `## Run of ${started.toISOString().slice(0, 16).replace("T", " ")} UTC${o.quick ? " (--quick)" : ""}`,
    "",
    `Machine: ${machine()}. Load average (1 min) at the start of each page: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}.`,
    `${o.connections} connections, ${o.warmupSeconds} s warm-up + ${o.seconds} s per page; whole run ${minutes.toFixed(1)} min.`,
  ].join("\n");
  const report = [head, ...sections].join("\n\n") + "\n";
  fs.mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
  fs.writeFileSync(REPORT_FILE, report);
  log(`\n${head}\n\nReport written to ${REPORT_FILE}. ${pass ? "PASS: every target met." : "FAIL: targets missed (see the tables)."}`);
  if (process.env.BENCH_KEEP_DATABASE !== "1") {
    log(`▶ Dropping ${db.label} (BENCH_KEEP_DATABASE=1 keeps it)…`);
    await dropDatabase(db.env.DATABASE_URL);
  }
  return pass ? 0 : 1;
}

/** The national data set takes ~750 MB: dropped after the run unless BENCH_KEEP_DATABASE=1. */
async function dropDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
