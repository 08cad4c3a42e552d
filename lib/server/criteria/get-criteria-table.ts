import "server-only";
import { buildCriteriaTree, issuesByNode, tableEditMode, toCriterionDefs, type TableStatus, type TreeNode } from "@/lib/domain/criteria-table";
import { can } from "@/lib/domain/permissions";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { toNode } from "./table-rows";

export interface CriteriaTableView {
  cycleId: string | null;
  canManage: boolean;
  /** Last year has a table to copy (shown only while this year has none). */
  lastYearHasTable: boolean;
  versions: { id: string; version: number; status: TableStatus; lockedAt: Date | null; changeReason: string | null; createdAt: Date }[];
  current: {
    id: string;
    version: number;
    title: string;
    scale: number;
    bonusCap: number | null;
    status: TableStatus;
    lockedAt: Date | null;
    mode: "EDIT" | "NEW_VERSION" | "READ_ONLY";
    selfScoringOpensOn: string | null;
    tree: TreeNode[];
    /** validateTable's findings on the stored table, by node id ("_table" for the whole table). */
    issues: Record<string, string[]>;
  } | null;
}

/** The cycle's current (latest) table version as a tree, for every reader of the bloc. Five queries. */
export async function getCriteriaTable(blocId: string, year: number): Promise<CriteriaTableView> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const canManage = can(user, "cycle:manage", { blocId });
  const [cycle, lastYear] = await Promise.all([
    db().cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: { id: true, phases: { where: { key: "SELF_SCORING" }, select: { opensOn: true } }, criteriaTables: { orderBy: { version: "desc" } } },
    }),
    db().criteriaTable.count({ where: { cycle: { blocId, year: year - 1 } } }),
  ]);
  const base = { cycleId: cycle?.id ?? null, canManage, lastYearHasTable: lastYear > 0 };
  if (!cycle || cycle.criteriaTables.length === 0) return { ...base, versions: [], current: null };
  const t = cycle.criteriaTables[0]!;
  const rows = await db().criterion.findMany({ where: { tableId: t.id }, include: { levels: { orderBy: { order: "asc" } } } });
  const nodes = rows.map(toNode);
  const scale = t.scale.toNumber();
  const bonusCap = t.bonusCap?.toNumber() ?? null;
  const opens = cycle.phases[0] ? isoDay(cycle.phases[0].opensOn) : null;
  const status = t.status as TableStatus;
  return {
    ...base,
    versions: cycle.criteriaTables.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status as TableStatus,
      lockedAt: v.lockedAt,
      changeReason: v.changeReason,
      createdAt: v.createdAt,
    })),
    current: {
      id: t.id,
      version: t.version,
      title: t.title,
      scale,
      bonusCap,
      status,
      lockedAt: t.lockedAt,
      mode: tableEditMode(status, opens, todayInVietnam()),
      selfScoringOpensOn: opens,
      tree: buildCriteriaTree(nodes),
      issues: issuesByNode(validateTable(toCriterionDefs(nodes), { scale, bonusCap })),
    },
  };
}
