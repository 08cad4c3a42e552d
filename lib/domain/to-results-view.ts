import { roundPoints, type BlocResults } from "@/lib/domain/scoring";
import { compareVi } from "@/lib/format";
import { bandReason, tieBreakNote } from "./result-reasons";
import type { ResultsCriterion, ResultsRow } from "./results-view";

type Node = Omit<ResultsCriterion, "depth" | "isGroup" | "isTopBaseGroup">;

/** Depth-first, siblings in the given order; a dangling parent counts as the root. `section`: the engine's (prepareTable). */
export function flattenCriteria(nodes: readonly Node[], section: ReadonlyMap<string, string>): ResultsCriterion[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, Node[]>();
  for (const n of nodes) {
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const out: ResultsCriterion[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      const isGroup = n.type === "GROUP";
      out.push({ ...n, depth, isGroup, isTopBaseGroup: isGroup && depth === 0 && section.get(n.id) === "BASE" });
      visit(n.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The engine's results as rows in ranking order (rank, then Vietnamese name order). */
export function toResultsRows(results: BlocResults, agencies: ReadonlyMap<string, { name: string; shortName: string }>): ResultsRow[] {
  const byId = new Map(results.agencies.map((a) => [a.agencyId, a]));
  const rows = results.ranking.map((r): ResultsRow => {
    const a = byId.get(r.agencyId)!;
    const agency = agencies.get(r.agencyId)!;
    return {
      agencyId: r.agencyId,
      agencyName: agency.name,
      shortName: agency.shortName,
      rank: r.rank,
      label: r.label,
      needsRunoff: r.needsRunoff,
      base: roundPoints(a.base),
      bonus: roundPoints(a.bonus),
      penalty: roundPoints(a.penalty),
      deductions: a.deductions,
      total: a.total,
      bandKey: a.band.band?.key ?? null,
      bandLabel: a.band.band?.label ?? null,
      bandReason: bandReason(a.band.blockedBy),
      tieBreakNote: tieBreakNote(r.separatedBy),
      vetoed: a.vetoed,
      cells: Object.fromEntries(Object.entries(a.criteria).map(([id, p]) => [id, { points: roundPoints(p.points), status: p.status, vetoed: p.vetoed }])),
      groups: Object.fromEntries(Object.entries(a.groups).map(([id, g]) => [id, roundPoints(g.points)])),
      missingCount: a.missing.length,
    };
  });
  return rows.sort((x, y) => x.rank - y.rank || compareVi(x.agencyName, y.agencyName));
}
