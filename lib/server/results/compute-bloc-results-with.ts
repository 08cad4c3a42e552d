// No "server-only" here, on purpose: this is the one computation of a bloc's results from the
// stored scores, and the demo seed (prisma/seed, run by tsx outside Next) must build its published
// snapshot with exactly this code (docs/decisions/0005). It takes the client as an argument and
// checks no access: the callers in lib/server authenticate first (compute-bloc-results.ts).
// Every table read here must be in the results stamp's triggers (migration …_results_stamp): the
// pages keep this function's views until the stamp moves (docs/decisions/0050-results-stamp.md).
import { rankingEligibility } from "@/lib/domain/ranking-eligibility";
import { computeBlocResults, prepareTable, type CriterionDef, type EntryInput } from "@/lib/domain/scoring";
import { crossScoreValueFromAggregate } from "@/lib/domain/scoring/cross-scoring";
import { lateDeductions } from "@/lib/domain/late-deductions";
import { parseYearRules, scoringRulesOf, type YearRules } from "@/lib/domain/year-rules";
import { compareVi } from "@/lib/format";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BlocResultsView } from "@/lib/domain/results-view";
import { flattenCriteria, toResultsRows } from "@/lib/domain/to-results-view";

type Client = Pick<PrismaClient, "cycle" | "membership" | "criterion" | "scoreSheet" | "crossScoreSubmission" | "$queryRaw">;

/** The submitted cross-scores of one (target, criterion), aggregated in SQL: see the query below. */
interface CrossRow {
  targetAgencyId: string;
  criterionId: string;
  count: number;
  total: number;
  highest: number;
  lowest: number;
}
/** One entry of a member's sheet, its numeric columns read as numbers: see the query below. */
interface EntryRow {
  agencyId: string;
  criterionId: string;
  isNA: boolean;
  selfInput: number | null;
  actual: number | null;
  target: number | null;
  verifiedActual: number | null;
  verifiedTarget: number | null;
  verifiedPoints: number | null;
  finalPoints: number | null;
}
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());
/** Joins a scorer's and a target's ids into one key: ids never hold this control character. */
const PAIR_SEPARATOR = "\u001f";
const pairKey = (s: { scorerAgencyId: string; targetAgencyId: string }) => `${s.scorerAgencyId}${PAIR_SEPARATOR}${s.targetAgencyId}`;

/**
 * The bloc's results from the current scores on the cycle's latest LOCKED table. Only the members
 * whose sheet reached the state the scoring mode ranks are ranked (VERIFIED; in CROSS_SCORING,
 * submitted and cross-scored by every other member — lib/domain/ranking-eligibility); the others
 * are listed in `excluded` with the reason, and their inputs take no part in the computation
 * (leader-relative points compare ranked agencies only).
 * Five queries whatever the number of agencies and criteria — seven in CROSS_SCORING mode (the
 * cross-scores and who submitted them) — so the benchmark can pass a counting client. They run
 * one after the other: the publish use case passes its transaction, which holds one connection.
 * No access check: see getBlocResults.
 * Inputs per entry: the verified ones when present (verifiedActual/verifiedTarget; for a GATE,
 * verifiedActual holds the verified veto input 1/0), else the agency's own.
 * Points per entry: final ?? (CROSS_SCORING: the mean or trimmed mean of the SUBMITTED scorers'
 * cross-scores, docs/decisions/0007) ?? verified ?? the raw inputs, which the engine converts —
 * so every quantitative criterion without decided points is recomputed across all agencies
 * (docs/decisions/0007).
 */
export async function computeBlocResultsWith(client: Client, blocId: string, year: number): Promise<BlocResultsView> {
  const cycle = await client.cycle.findUnique({
    where: { blocId_year: { blocId, year } },
    select: {
      id: true,
      rules: true,
      scoringMode: true,
      criteriaTables: {
        where: { status: "LOCKED" },
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, title: true, version: true, scale: true, bonusCap: true },
      },
      // Late submissions and the waivers, in the same statement (relation joins): docs/decisions/0042-late-submission.md.
      lateSubmissions: { select: { agencyId: true, step: true, daysLate: true, deadline: true, points: true } },
      deadlineOverrides: { where: { waived: true }, select: { agencyId: true, step: true } },
    },
  });
  if (!cycle) return { status: "NO_CYCLE" };
  const rules = parseYearRules(cycle.rules);
  const table = cycle.criteriaTables[0];
  if (!table) return { status: "NO_TABLE" };
  const members = await client.membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true, shortName: true } } } });
  const memberIds = members.map((m) => m.agency.id);

  const cross = cycle.scoringMode === "CROSS_SCORING";
  const criteria = await client.criterion.findMany({
    where: { tableId: table.id },
    include: { levels: { select: { order: true, points: true } } },
    orderBy: [{ order: "asc" }, { code: "asc" }],
  });
  const sheets = await client.scoreSheet.findMany({
    where: { tableId: table.id, agencyId: { in: memberIds } },
    select: { agencyId: true, status: true },
  });
  // The sheets' entries as plain numbers, in SQL: a full bloc has ~720 entries of seven numeric
  // columns, and Prisma decoded each into a Decimal object only for the line below to turn it
  // back into a number (docs/benchmarks/where-the-time-goes.md). numeric → float8 gives the same
  // nearest double as Decimal's toNumber.
  const entryRows = await client.$queryRaw<EntryRow[]>`
    SELECT s."agencyId", e."criterionId", e."isNA",
           e."selfInput"::float8 AS "selfInput", e."actual"::float8 AS "actual", e."target"::float8 AS "target",
           e."verifiedActual"::float8 AS "verifiedActual", e."verifiedTarget"::float8 AS "verifiedTarget",
           e."verifiedPoints"::float8 AS "verifiedPoints", e."finalPoints"::float8 AS "finalPoints"
    FROM "ScoreEntry" e
    JOIN "ScoreSheet" s ON s."id" = e."sheetId"
    WHERE s."tableId" = ${table.id} AND s."agencyId" = ANY(${memberIds}::text[])`;
  if (sheets.length === 0) return { status: "NO_SHEETS" };
  // Who submitted cross-scores for whom: only member scorers count. Read before the scores, whose
  // query filters on these pairs.
  const submissions = cross
    ? await client.crossScoreSubmission.findMany({
        where: { cycleId: cycle.id, scorerAgencyId: { in: memberIds } },
        select: { scorerAgencyId: true, targetAgencyId: true },
      })
    : [];
  // Only the scores of member scorers who SUBMITTED for that target, aggregated per entry in SQL
  // (count, sum, max, min are all the mean and the trimmed mean need): a full cross-scored bloc
  // is ~8,000 scores but only ~700 entries, and decoding every score row cost most of the bloc's
  // time in the benchmark (docs/benchmarks/scoring.md). The sum is exact (numeric) before the cast.
  // The submitted pairs are a hashed list of keys rather than a join, and the criteria their ids:
  // the scores are then read from one index in (target, criterion) order, which holds every
  // column used, so they are grouped as they come, with no join, sort or table read
  // (docs/benchmarks/where-the-time-goes.md).
  const crossScores = cross
    ? await client.$queryRaw<CrossRow[]>`
        SELECT cs."targetAgencyId", cs."criterionId", count(*)::int AS "count",
               sum(cs."points")::float8 AS "total", max(cs."points")::float8 AS "highest", min(cs."points")::float8 AS "lowest"
        FROM "CrossScore" cs
        WHERE cs."cycleId" = ${cycle.id} AND cs."criterionId" = ANY(${criteria.map((c) => c.id)}::text[])
          AND (cs."scorerAgencyId" || ${PAIR_SEPARATOR} || cs."targetAgencyId") = ANY(${submissions.map(pairKey)}::text[])
        GROUP BY cs."targetAgencyId", cs."criterionId"`
    : [];

  // Cross-scoring is complete for a target once every other member submitted for it.
  const submittedFor = new Map<string, number>();
  for (const s of submissions) submittedFor.set(s.targetAgencyId, (submittedFor.get(s.targetAgencyId) ?? 0) + 1);
  const statusOf = new Map(sheets.map((s) => [s.agencyId, s.status]));
  const { ranked, excluded } = rankingEligibility(
    cycle.scoringMode,
    members.map((m) => ({
      agencyId: m.agency.id,
      agencyName: m.agency.name,
      sheetStatus: statusOf.get(m.agency.id) ?? null,
      crossSubmissions: submittedFor.get(m.agency.id) ?? 0,
    })),
  );

  const defs: CriterionDef[] = criteria.map((c) => ({
    id: c.id,
    code: c.code,
    parentId: c.parentId,
    type: c.type,
    maxPoints: c.maxPoints.toNumber(),
    minPoints: c.minPoints.toNumber(),
    floorPct: num(c.floorPct),
    allowNA: c.allowNA,
    useLeaderFormula: c.useLeaderFormula,
    pointsPerUnit: num(c.pointsPerUnit),
    cap: num(c.cap),
    levels: c.levels.map((l) => ({ order: l.order, points: l.points.toNumber() })),
  }));
  const crossPoints = crossValues(crossScores, rules.crossScoring);
  const typeOf = new Map(defs.map((d) => [d.id, d.type]));
  const entriesByAgency: Record<string, EntryInput[]> = {};
  const rowsOf = new Map<string, EntryRow[]>();
  for (const e of entryRows) {
    const list = rowsOf.get(e.agencyId);
    if (list) list.push(e);
    else rowsOf.set(e.agencyId, [e]);
  }
  for (const s of sheets) {
    if (!ranked.has(s.agencyId)) continue;
    const crossOf = crossPoints.get(s.agencyId);
    const entries = (rowsOf.get(s.agencyId) ?? []).map((e) => ({
      criterionId: e.criterionId,
      isNA: e.isNA,
      value: typeOf.get(e.criterionId) === "GATE" ? (e.verifiedActual ?? e.selfInput) : e.selfInput,
      actual: e.verifiedActual ?? e.actual,
      target: e.verifiedTarget ?? e.target,
      points: e.finalPoints ?? crossOf?.get(e.criterionId) ?? e.verifiedPoints,
    }));
    // A criterion cross-scored where the agency's sheet has no entry still counts.
    const has = new Set(entries.map((e) => e.criterionId));
    for (const [criterionId, points] of crossOf ?? []) {
      if (!has.has(criterionId)) entries.push({ criterionId, isNA: false, value: null, actual: null, target: null, points });
    }
    entriesByAgency[s.agencyId] = entries;
  }
  const tableRules = { scale: table.scale.toNumber(), bonusCap: num(table.bonusCap) };
  const deductions = lateDeductions(cycle.lateSubmissions, cycle.deadlineOverrides);
  const results = computeBlocResults(defs, entriesByAgency, scoringRulesOf(rules, tableRules), deductions);
  const agencies = new Map(members.map((m) => [m.agency.id, m.agency]));
  const section = prepareTable(defs).section;
  return {
    status: "READY",
    scope: "ALL",
    table: { id: table.id, title: table.title, version: table.version, scale: tableRules.scale },
    criteria: flattenCriteria(
      criteria.map((c, i) => ({ id: c.id, code: c.code, name: c.name, type: c.type, parentId: c.parentId, maxPoints: defs[i].maxPoints })),
      section,
    ),
    rows: toResultsRows(results, agencies),
    withoutSheet: members.filter((m) => !statusOf.has(m.agency.id)).map((m) => m.agency.name),
    excluded: excluded.sort((a, b) => compareVi(a.agencyName, b.agencyName)),
  };
}

/** target → criterion → the cross-scored value; entries nobody submitted a score for are absent. */
function crossValues(rows: readonly CrossRow[], options: YearRules["crossScoring"]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const value = crossScoreValueFromAggregate(r, options);
    if (value !== null) out.set(r.targetAgencyId, (out.get(r.targetAgencyId) ?? new Map()).set(r.criterionId, value));
  }
  return out;
}
