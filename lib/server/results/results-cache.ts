import "server-only";
import type { BlocResultsView } from "@/lib/domain/results-view";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A bloc's computed results, kept in this process until the data they come from changes
 * (docs/decisions/0050-results-stamp.md).
 *
 * Computing a full-size bloc's results (seven reads, the scoring engine) was more than half of its
 * ranking page's server time, on every view, although the scores change far less often than they
 * are looked at. Database triggers give each cycle a new random stamp in every transaction that
 * changes anything the results read (scores, sheets, cross-scores, criteria, rules, membership,
 * late deductions, agency names), so one small read says whether a kept view is still the one the
 * data gives. The stamp lives in the database: every instance sees a change made through any
 * other, and a write path added later is covered by the triggers, not by remembering to
 * invalidate.
 *
 * The stamp is read BEFORE the results: the data then read is at least as new as the stamp, so a
 * view is never kept under a stamp newer than its data.
 */
export const RESULTS_CACHE_SIZE = 200;

type Client = Pick<PrismaClient, "$queryRaw">;
interface Kept {
  stamp: string;
  view: Promise<BlocResultsView>;
}

/** Least recently used first; keyed by cycle id. */
const kept = new Map<string, Kept>();
const stats = { hits: 0, misses: 0 };

/**
 * The view `compute` gives for the bloc's year, or the one kept for the same stamp. Views are
 * frozen: every reader shares one object. A bloc without a cycle is computed each time (it has
 * nothing to keep).
 */
export async function cachedBlocResults(client: Client, blocId: string, year: number, compute: () => Promise<BlocResultsView>): Promise<BlocResultsView> {
  const [row] = await client.$queryRaw<{ cycleId: string; stamp: string | null }[]>`
    SELECT c."id" AS "cycleId", s."stamp"::text AS "stamp"
    FROM "Cycle" c LEFT JOIN "ResultsStamp" s ON s."cycleId" = c."id"
    WHERE c."blocId" = ${blocId} AND c."year" = ${year}`;
  if (!row?.stamp) return compute();
  const hit = kept.get(row.cycleId);
  kept.delete(row.cycleId);
  if (hit && hit.stamp === row.stamp) {
    stats.hits++;
    kept.set(row.cycleId, hit);
    return hit.view;
  }
  stats.misses++;
  // The promise is kept, not its value: requests arriving while it is computed share it.
  const entry: Kept = { stamp: row.stamp, view: compute().then(deepFreeze) };
  kept.set(row.cycleId, entry);
  if (kept.size > RESULTS_CACHE_SIZE) kept.delete(kept.keys().next().value!);
  entry.view.catch(() => {
    if (kept.get(row.cycleId) === entry) kept.delete(row.cycleId);
  });
  return entry.view;
}

/** Hits and misses since the process started (the tests read them). */
export function resultsCacheStats(): { hits: number; misses: number; size: number } {
  return { ...stats, size: kept.size };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
