/**
 * The overview benchmark (docs/benchmarks/overview.md): generates provinces of 25 blocs × 12
 * agencies in a database of its own, then times the real reader of the council overview
 * (readCouncilOverviewWith — the page and the .xlsx make this one read) on one province and
 * counts its statements on a small province and a full one.
 */
import { performance } from "node:perf_hooks";
import { readCouncilOverviewWith } from "@/lib/server/overview/internal/read-council-overview";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { describeTarget, dropBenchDatabase, openBenchDb, recreateBenchDatabase, type BenchDb } from "./database";
import { OVERVIEW_TODAY, OVERVIEW_YEAR, loadOverviewProvince } from "./overview-data";
import { percentile } from "./run";

const SUFFIX = "_bench_overview";
export const TARGET_MS = 1000;
const SMALL = { tag: "SMALL", blocs: 1, agencies: 2, seed: 7 } as const;

interface Options {
  provinces: number;
  blocs: number;
  agencies: number;
  runs: number;
  keep: boolean;
  clean: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { provinces: 3, blocs: 25, agencies: 12, runs: 30, keep: false, clean: false };
  const numeric: Record<string, "provinces" | "blocs" | "agencies" | "runs"> = {
    "--provinces": "provinces",
    "--blocs": "blocs",
    "--agencies": "agencies",
    "--runs": "runs",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--keep") o.keep = true;
    else if (a === "--clean") o.clean = true;
    else if (a in numeric) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number ≥ 1`);
      o[numeric[a]!] = n;
    } else throw new Error(`Unknown flag ${a}`);
  }
  if (o.agencies < 2) throw new Error("--agencies must be at least 2 (each bloc proposes two units for the Cờ CP)");
  return o;
}

const council = (tag: string) => ({ rootProvinceId: `op_${tag}`, family: [`op_${tag}`] });

/** Reads one province and checks the data set gave a full view. */
async function read(client: PrismaClient, tag: string, blocs: number) {
  const view = await readCouncilOverviewWith(client, council(tag), OVERVIEW_YEAR, OVERVIEW_TODAY);
  if (view.rows.length !== blocs) throw new Error(`${tag}: ${view.rows.length} blocs, expected ${blocs}`);
  if (!view.rows.some((r) => r.lateCount > 0)) throw new Error(`${tag}: nothing late — the generated data is wrong`);
  if (view.coCp.received < blocs) throw new Error(`${tag}: ${view.coCp.received} Cờ CP proposals, expected at least ${blocs}`);
  return view;
}

async function counts(db: BenchDb, tag: string, blocs: number) {
  let operations = 0;
  const counting = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        operations++;
        return query(args);
      },
    },
  });
  const before = db.sqlCount();
  await read(counting as unknown as PrismaClient, tag, blocs);
  return { operations, sql: db.sqlCount() - before };
}

export async function main(argv: readonly string[]): Promise<number> {
  const o = parseArgs(argv);
  const target = describeTarget(SUFFIX);
  if (o.clean) {
    await dropBenchDatabase(SUFFIX);
    console.log(`Removed the overview bench database (${target.kind}: ${target.label}).`);
    return 0;
  }
  console.log(`Overview benchmark — ${target.kind} ${target.label}`);
  console.log(`Data set: ${o.provinces} provinces × ${o.blocs} blocs × ${o.agencies} agencies, year ${OVERVIEW_YEAR}, read on ${OVERVIEW_TODAY}`);
  if (!o.keep) await recreateBenchDatabase(SUFFIX);
  const db = await openBenchDb(SUFFIX);
  try {
    if (o.keep) {
      const found = await db.prisma.bloc.count({ where: { code: { startsWith: "OV-" } } });
      if (found !== o.provinces * o.blocs + SMALL.blocs) throw new Error(`--keep: the database holds ${found} blocs; run without --keep`);
    } else {
      const t = performance.now();
      let rows = await loadOverviewProvince(db.prisma, SMALL);
      for (let p = 1; p <= o.provinces; p++)
        rows += await loadOverviewProvince(db.prisma, { tag: String(p).padStart(2, "0"), blocs: o.blocs, agencies: o.agencies, seed: 2000 + p });
      await db.bulk(["ANALYZE"]).catch(() => undefined);
      console.log(`Generated ${rows.toLocaleString("en")} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const tag = "01";
    for (let i = 0; i < 5; i++) await read(db.prisma, tag, o.blocs); // warm-up: connections, query plans, JIT
    const times: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      const t = performance.now();
      await read(db.prisma, tag, o.blocs);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    const p95 = percentile(times, 95);
    const small = await counts(db, SMALL.tag, SMALL.blocs);
    const full = await counts(db, tag, o.blocs);
    const constant = small.operations === full.operations && small.sql === full.sql;
    const fast = p95 < TARGET_MS;
    const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
    console.log("");
    console.log(
      `${verdict(fast)}  One province (${o.blocs} × ${o.agencies})   median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${o.runs} runs   target p95 < ${TARGET_MS} ms`,
    );
    console.log(
      `${verdict(constant)}  Queries: 1 × 2 vs ${o.blocs} × ${o.agencies}   ${small.operations} vs ${full.operations} Prisma operations, ${small.sql} vs ${full.sql} SQL statements   target constant`,
    );
    return fast && constant ? 0 : 1;
  } finally {
    await db.close();
  }
}
