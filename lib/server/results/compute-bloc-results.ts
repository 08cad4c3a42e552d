import "server-only";
import { computeBlocResults, prepareTable, type CriterionDef, type EntryInput } from "@/lib/domain/scoring";
import { can } from "@/lib/domain/permissions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { BlocResultsView } from "./results-view";
import { scoringRulesFrom } from "./scoring-rules";
import { flattenCriteria, toResultsRows } from "./to-results-view";

type Client = Pick<PrismaClient, "cycle" | "membership" | "criterion" | "scoreSheet">;
const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The bloc's results from the current scores, for every member with a sheet on the cycle's
 * latest LOCKED table. Four queries (two rounds) whatever the number of agencies and criteria,
 * so the benchmark can pass a counting client. No access check: see getBlocResults.
 * Points per entry: final ?? verified ?? the raw inputs, which the engine converts — so every
 * quantitative criterion is recomputed across all agencies (domain §3.3, §8 case 7).
 */
export async function computeBlocResultsWith(client: Client, blocId: string, year: number): Promise<BlocResultsView> {
  const [cycle, members] = await Promise.all([
    client.cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        rules: true,
        criteriaTables: { where: { status: "LOCKED" }, orderBy: { version: "desc" }, take: 1, select: { id: true, title: true, version: true, scale: true, bonusCap: true } },
      },
    }),
    client.membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true, shortName: true } } } }),
  ]);
  if (!cycle) return { status: "NO_CYCLE" };
  const table = cycle.criteriaTables[0];
  if (!table) return { status: "NO_TABLE" };

  const [criteria, sheets] = await Promise.all([
    client.criterion.findMany({
      where: { tableId: table.id },
      include: { levels: { select: { order: true, points: true } } },
      orderBy: [{ order: "asc" }, { code: "asc" }],
    }),
    client.scoreSheet.findMany({
      where: { tableId: table.id, agencyId: { in: members.map((m) => m.agency.id) } },
      select: { agencyId: true, entries: { select: { criterionId: true, isNA: true, selfInput: true, actual: true, target: true, verifiedPoints: true, finalPoints: true } } },
    }),
  ]);
  if (sheets.length === 0) return { status: "NO_SHEETS" };

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
  const entriesByAgency: Record<string, EntryInput[]> = {};
  for (const s of sheets) {
    entriesByAgency[s.agencyId] = s.entries.map((e) => ({
      criterionId: e.criterionId,
      isNA: e.isNA,
      value: num(e.selfInput),
      actual: num(e.actual),
      target: num(e.target),
      points: num(e.finalPoints) ?? num(e.verifiedPoints),
    }));
  }
  const tableRules = { scale: table.scale.toNumber(), bonusCap: num(table.bonusCap) };
  const results = computeBlocResults(defs, entriesByAgency, scoringRulesFrom(cycle.rules, tableRules));
  const agencies = new Map(members.map((m) => [m.agency.id, m.agency]));
  const section = prepareTable(defs).section;
  return {
    status: "READY",
    scope: "ALL",
    table: { id: table.id, title: table.title, version: table.version, scale: tableRules.scale },
    criteria: flattenCriteria(criteria.map((c, i) => ({ id: c.id, code: c.code, name: c.name, type: c.type, parentId: c.parentId, maxPoints: defs[i].maxPoints })), section),
    rows: toResultsRows(results, agencies),
    withoutSheet: members.filter((m) => !entriesByAgency[m.agency.id]).map((m) => m.agency.name),
  };
}

/**
 * The results page's reader. "score:read-all" sees every agency; an agency user
 * ("results:read" through an agency role) sees only their own agency's row before
 * publication — the output is filtered, never the computation (ranks stay the bloc's).
 * Anyone else who reaches the bloc gets null; a bloc they cannot reach is NOT_FOUND.
 */
export async function getBlocResults(blocId: string, year: number): Promise<BlocResultsView | null> {
  const user = await requireUser();
  if (!can(user, "bloc:read", { blocId })) throw new AppError("NOT_FOUND");
  const all = can(user, "score:read-all", { blocId });
  const ownAgencies = new Set(
    user.grants.filter((g) => g.agencyId && g.agencyBlocIds.includes(blocId) && can(user, "results:read", { blocId, agencyId: g.agencyId })).map((g) => g.agencyId!),
  );
  if (!all && ownAgencies.size === 0) return null;
  const view = await computeBlocResultsWith(db(), blocId, year);
  if (all || view.status !== "READY") return view;
  return { ...view, scope: "OWN", rows: view.rows.filter((r) => ownAgencies.has(r.agencyId)), withoutSheet: [] };
}
