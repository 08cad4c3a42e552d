/**
 * The scoring benchmark (docs/benchmarks/scoring.md):
 * generates the data set, then times the real reader of the results page
 * (computeBlocResultsWith — the matrix and the ranking are two views of its output) and
 * counts its queries on a small and a full bloc.
 */
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { describeTarget, dropBenchDatabase, openBenchDb, recreateBenchDatabase, type BenchDb } from "./database";
import { BENCH_YEAR } from "./generate";
import { blocId, loadDataSet, provinceTag, SMALL } from "./load-data-set";

export const TARGETS = { blocMs: 50, provinceMs: 1000 } as const;

export interface Options {
  provinces: number;
  blocs: number;
  agencies: number;
  criteria: number;
  keep: boolean;
  clean: boolean;
  runs: number;
  provinceRuns: number;
}

const DEFAULTS: Options = { provinces: 34, blocs: 25, agencies: 12, criteria: 60, keep: false, clean: false, runs: 30, provinceRuns: 5 };

export function parseArgs(argv: readonly string[]): Options {
  const o = { ...DEFAULTS };
  const numeric: Record<string, keyof Options> = {
    "--provinces": "provinces",
    "--blocs": "blocs",
    "--agencies": "agencies",
    "--criteria": "criteria",
    "--runs": "runs",
    "--province-runs": "provinceRuns",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--keep") o.keep = true;
    else if (a === "--clean") o.clean = true;
    else if (a in numeric) {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${a} needs a whole number ≥ 1`);
      (o[numeric[a]] as number) = n;
    } else throw new Error(`Unknown flag ${a}`);
  }
  if (o.agencies < 2) throw new Error("--agencies must be at least 2 (cross-scoring needs another member)");
  if (o.blocs < 3) throw new Error("--blocs must be at least 3 (every third bloc is CROSS_SCORING)");
  return o;
}

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const pad = (s: string, n: number) => s.padEnd(n);
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

type Reader = Pick<PrismaClient, "cycle" | "membership" | "criterion" | "scoreSheet" | "crossScore" | "crossScoreSubmission">;

/** Runs the reader and checks the data set gave a full, valid result. */
async function read(client: Reader, id: string, agencies: number, criteria: number) {
  const view = await computeBlocResultsWith(client as PrismaClient, id, BENCH_YEAR);
  if (view.status !== "READY") throw new Error(`${id}: results ${view.status}`);
  if (view.rows.length !== agencies) throw new Error(`${id}: ${view.rows.length} rows, expected ${agencies}`);
  const bad = view.rows.flatMap((r) => Object.values(r.cells)).filter((c) => c.status === "INVALID" || c.status === "MISSING").length;
  const cells = view.rows.reduce((s, r) => s + Object.keys(r.cells).length, 0);
  if (cells !== agencies * criteria) throw new Error(`${id}: ${cells} cells, expected ${agencies * criteria}`);
  if (bad > 0) throw new Error(`${id}: ${bad} invalid or missing cells — the generated data is wrong`);
  return view;
}

async function timeBloc(db: BenchDb, id: string, o: Options) {
  const times: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    await read(db.prisma, id, o.agencies, o.criteria);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

/**
 * Where a bloc's time goes: the wall time spent waiting for Prisma operations (the union of
 * their intervals — each round runs its queries in parallel) vs everything else (Decimal
 * conversion, the scoring engine, building the view). A separate pass, so the timing client
 * does not disturb the numbers above.
 */
async function breakdown(db: BenchDb, id: string, o: Options) {
  let spans: [number, number][] = [];
  const timing = db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        const start = performance.now();
        try {
          return await query(args);
        } finally {
          spans.push([start, performance.now()]);
        }
      },
    },
  });
  const database: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    spans = [];
    const t = performance.now();
    await read(timing as unknown as Reader, id, o.agencies, o.criteria);
    total.push(performance.now() - t);
    spans.sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let end = -Infinity;
    for (const [s, e] of spans) {
      busy += Math.max(0, e - Math.max(s, end));
      end = Math.max(end, e);
    }
    database.push(busy);
  }
  database.sort((a, b) => a - b);
  total.sort((a, b) => a - b);
  return { database: percentile(database, 50), rest: percentile(total, 50) - percentile(database, 50) };
}

async function countQueries(db: BenchDb, id: string, agencies: number, criteria: number) {
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
  await read(counting as unknown as Reader, id, agencies, criteria);
  return { operations, sql: db.sqlCount() - before };
}

export async function main(argv: readonly string[]): Promise<number> {
  const o = parseArgs(argv);
  const target = describeTarget();
  if (o.clean) {
    await dropBenchDatabase();
    console.log(`Removed the bench database (${target.kind}: ${target.label}).`);
    return 0;
  }
  console.log(`Scoring benchmark — ${target.kind} ${target.label}`);
  console.log(
    `Data set: ${o.provinces} provinces × ${o.blocs} blocs × ${o.agencies} agencies × ${o.criteria} criteria (every 3rd bloc CROSS_SCORING), year ${BENCH_YEAR}`,
  );

  if (!o.keep) {
    const t = performance.now();
    await recreateBenchDatabase();
    console.log(`Database created and migrated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const db = await openBenchDb();
  try {
    if (o.keep) {
      const found = await db.prisma.bloc.count({ where: { code: { startsWith: "BENCH-" } } });
      const expected = o.provinces * o.blocs + SMALL.blocs;
      if (found !== expected) throw new Error(`--keep: the bench database holds ${found} blocs, these flags need ${expected}; run without --keep`);
      console.log(`Reusing the data set generated earlier (--keep): ${found} blocs`);
    } else {
      console.log("Generating…");
      const g = await loadDataSet(db, o);
      const rows = Object.values(g.totals).reduce((s, n) => s + n, 0);
      console.log(`Generated ${rows.toLocaleString("en")} rows in ${g.seconds.toFixed(1)} s:`);
      console.log(
        "  " +
          Object.entries(g.totals)
            .map(([t, n]) => `${t} ${n.toLocaleString("en")}`)
            .join(", "),
      );
    }

    const tag = provinceTag(1);
    const verificationBloc = blocId(tag, 1);
    const crossBloc = blocId(tag, 3);
    // Warm-up: the first calls pay for connections, Prisma's query plans and the JIT.
    for (let i = 0; i < 5; i++) {
      await read(db.prisma, verificationBloc, o.agencies, o.criteria);
      await read(db.prisma, crossBloc, o.agencies, o.criteria);
    }

    const v = await timeBloc(db, verificationBloc, o);
    const c = await timeBloc(db, crossBloc, o);

    // A province: its blocs one after another, as a province-wide report would read them.
    const provinceTimes: number[] = [];
    for (let r = 0; r < o.provinceRuns; r++) {
      const p = provinceTag((r % o.provinces) + 1);
      const t = performance.now();
      for (let b = 1; b <= o.blocs; b++) await read(db.prisma, blocId(p, b), o.agencies, o.criteria);
      provinceTimes.push(performance.now() - t);
    }
    provinceTimes.sort((a, b) => a - b);
    const provinceMedian = percentile(provinceTimes, 50);

    const split = { v: await breakdown(db, verificationBloc, o), c: await breakdown(db, crossBloc, o) };

    const counts = {
      smallV: await countQueries(db, blocId("SMALL", 1), SMALL.agencies, SMALL.criteria),
      fullV: await countQueries(db, verificationBloc, o.agencies, o.criteria),
      smallC: await countQueries(db, blocId("SMALL", 3), SMALL.agencies, SMALL.criteria),
      fullC: await countQueries(db, crossBloc, o.agencies, o.criteria),
    };
    const constantV = counts.smallV.operations === counts.fullV.operations && counts.smallV.sql === counts.fullV.sql;
    const constantC = counts.smallC.operations === counts.fullC.operations && counts.smallC.sql === counts.fullC.sql;

    const results = [
      [
        `One bloc, VERIFICATION (${o.agencies} × ${o.criteria})`,
        `median ${ms(v.median)}, p95 ${ms(v.p95)} over ${o.runs} runs`,
        `< ${TARGETS.blocMs} ms`,
        v.p95 < TARGETS.blocMs,
      ],
      [
        `One bloc, CROSS_SCORING (${o.agencies} × ${o.criteria})`,
        `median ${ms(c.median)}, p95 ${ms(c.p95)} over ${o.runs} runs`,
        `< ${TARGETS.blocMs} ms`,
        c.p95 < TARGETS.blocMs,
      ],
      [
        `One province (${o.blocs} blocs, sequentially)`,
        `median ${ms(provinceMedian)} over ${o.provinceRuns} runs (max ${ms(provinceTimes[provinceTimes.length - 1])})`,
        `< ${TARGETS.provinceMs} ms`,
        provinceMedian < TARGETS.provinceMs,
      ],
      [
        "Queries, VERIFICATION: 3 × 5 vs full",
        `${counts.smallV.operations} vs ${counts.fullV.operations} Prisma operations, ${counts.smallV.sql} vs ${counts.fullV.sql} SQL statements`,
        "constant",
        constantV,
      ],
      [
        "Queries, CROSS_SCORING: 3 × 5 vs full",
        `${counts.smallC.operations} vs ${counts.fullC.operations} Prisma operations, ${counts.smallC.sql} vs ${counts.fullC.sql} SQL statements`,
        "constant",
        constantC,
      ],
    ] as const;
    console.log("");
    for (const [what, measured, goal, ok] of results) console.log(`${verdict(ok)}  ${pad(what, 42)} ${pad(measured, 70)} target ${goal}`);
    console.log(
      `\nWhere a bloc's time goes (medians): VERIFICATION ${ms(split.v.database)} in Prisma operations (SQL + decoding) + ${ms(split.v.rest)} in the reader (conversion, engine, view); ` +
        `CROSS_SCORING ${ms(split.c.database)} + ${ms(split.c.rest)}`,
    );
    console.log(
      "The matrix and the ranking are two views of one computeBlocResultsWith call: each page makes the counts above, plus its constant page-level reads (bloc, year, user).",
    );
    return results.every((r) => r[3]) ? 0 : 1;
  } finally {
    await db.close();
  }
}
