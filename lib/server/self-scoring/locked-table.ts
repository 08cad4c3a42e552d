import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  criterionPoints,
  DEFAULT_RULES,
  prepareTable,
  sheetTotal,
  type CriterionDef,
  type CriterionPoints,
  type CriterionType,
  type SheetTotal,
} from "@/lib/domain/scoring";
import { toEngineEntry, type SheetEntry } from "@/lib/domain/self-scoring";

const n = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

/** The cycle's latest LOCKED criteria table with its criteria (table order) and levels, or null. */
export async function findLockedTable(client: Prisma.TransactionClient, cycleId: string) {
  const table = await client.criteriaTable.findFirst({
    where: { cycleId, status: "LOCKED" },
    orderBy: { version: "desc" },
    include: { criteria: { orderBy: [{ order: "asc" }, { code: "asc" }], include: { levels: { orderBy: { order: "asc" } } } } },
  });
  if (!table) return null;
  const criteria = table.criteria.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    guidance: c.guidance,
    type: c.type as CriterionType,
    parentId: c.parentId,
    maxPoints: c.maxPoints.toNumber(),
    minPoints: c.minPoints.toNumber(),
    evidenceRequired: c.evidenceRequired,
    floorPct: n(c.floorPct),
    allowNA: c.allowNA,
    useLeaderFormula: c.useLeaderFormula,
    pointsPerUnit: n(c.pointsPerUnit),
    cap: n(c.cap),
    levels: c.levels.map((l) => ({ order: l.order, label: l.label, points: l.points.toNumber(), descriptor: l.descriptor })),
  }));
  return {
    id: table.id,
    version: table.version,
    title: table.title,
    scale: table.scale.toNumber(),
    bonusCap: n(table.bonusCap),
    criteria: treeOrder(criteria),
  };
}

/** Parents before their children, siblings by order (the input is sorted by order): the sheet's reading order. */
function treeOrder<T extends { id: string; parentId: string | null }>(rows: readonly T[]): T[] {
  const ids = new Set(rows.map((r) => r.id));
  const kids = new Map<string | null, T[]>();
  for (const r of rows) {
    const parent = r.parentId !== null && ids.has(r.parentId) ? r.parentId : null;
    kids.set(parent, [...(kids.get(parent) ?? []), r]);
  }
  const out: T[] = [];
  const visit = (parent: string | null) => {
    for (const r of kids.get(parent) ?? []) {
      out.push(r);
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

export type LockedTable = NonNullable<Awaited<ReturnType<typeof findLockedTable>>>;
export type SheetCriterionRow = LockedTable["criteria"][number];

/** Needs the whole bloc (leader formula, or no target): shown as "computed at aggregation". */
export function needsBloc(p: CriterionPoints | undefined): boolean {
  return p?.error?.code === "NEEDS_BLOC";
}

/**
 * This agency's points and running totals with the engine, the agency alone: criteria that
 * need the whole bloc count 0 here and are computed when the bloc is aggregated.
 */
export function scoreAlone(
  table: LockedTable,
  entries: readonly Omit<SheetEntry, "fileCount">[],
): { points: Map<string, CriterionPoints>; totals: SheetTotal } {
  const defs: CriterionDef[] = table.criteria;
  const prepared = prepareTable(defs);
  const byId = new Map(entries.map((e) => [e.criterionId, e]));
  const points = new Map<string, CriterionPoints>();
  for (const def of prepared.leaves) points.set(def.id, criterionPoints(def, toEngineEntry(def.type, def.id, byId.get(def.id))));
  const totals = sheetTotal(prepared, points, { ...DEFAULT_RULES, scale: table.scale, bonusCap: table.bonusCap });
  return { points, totals };
}

// The storing rule is pure and lives with the other self-scoring rules (the demo seed uses it too).
export { storablePoints } from "@/lib/domain/self-scoring";
