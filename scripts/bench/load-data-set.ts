/**
 * Loads the national data set (scripts/bench/generate.ts) into a database, one transaction per
 * province. Shared by the scoring benchmark (scripts/bench/run.ts) and the page benchmark
 * (scripts/bench-pages.ts), so both measure the same rows.
 */
import { performance } from "node:perf_hooks";
import { generateProvince, insertStatements, TABLE_ORDER, type ProvinceSpec } from "./generate";

/** The small blocs (province BENCH-SMALL) the query counts compare with a full one. */
export const SMALL = { blocs: 3, agencies: 3, criteria: 5 } as const;

export interface DataSetSize {
  provinces: number;
  blocs: number;
  agencies: number;
  criteria: number;
}

export const provinceTag = (p: number) => String(p).padStart(2, "0");
export const blocId = (tag: string, b: number) => `bb_${tag}_${b}`;

/** How the data set reaches the database (scripts/bench/database.ts's BenchDb has both). */
export interface DataSetWriter {
  /** Runs the statements in one transaction. */
  bulk(statements: readonly string[]): Promise<void>;
  /** One statement outside any transaction (VACUUM cannot run inside one). */
  exec(statement: string): Promise<void>;
}

export async function loadDataSet(db: DataSetWriter, o: DataSetSize) {
  const specs: ProvinceSpec[] = [
    ...Array.from({ length: o.provinces }, (_, i) => ({ tag: provinceTag(i + 1), blocs: o.blocs, agencies: o.agencies, criteria: o.criteria, seed: 1000 + i })),
    { tag: "SMALL", ...SMALL, seed: 7 },
  ];
  const totals: Record<string, number> = {};
  const started = performance.now();
  for (const [i, spec] of specs.entries()) {
    const rows = generateProvince(spec);
    const statements = TABLE_ORDER.flatMap((t) => {
      totals[t] = (totals[t] ?? 0) + rows[t].rows.length;
      return insertStatements(t, rows[t]);
    });
    await db.bulk(statements);
    if ((i + 1) % 5 === 0 || i === specs.length - 1) {
      process.stdout.write(`  ${i + 1}/${specs.length} provinces loaded (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    }
  }
  // The tables as autovacuum leaves them at rest: statistics for the planner, and the visibility
  // map that lets the results read a bloc's cross-scores from their index alone.
  await db.exec("VACUUM ANALYZE");
  return { seconds: (performance.now() - started) / 1000, totals };
}
