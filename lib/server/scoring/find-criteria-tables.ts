import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface CriteriaTableRow {
  id: string;
  version: number;
  title: string;
  scale: number;
  bonusCap: number | null;
  status: "DRAFT" | "LOCKED" | "SUPERSEDED";
  lockedAt: Date | null;
  changeReason: string | null;
}

export interface CriterionRow {
  id: string;
  code: string;
  name: string;
  type: string;
  maxPoints: number;
  evidenceRequired: boolean;
  /** 0 for a top-level criterion. */
  depth: number;
}

export interface CriteriaOverview {
  tables: CriteriaTableRow[];
  /** The tree of the latest version, depth-first in display order. */
  latestCriteria: CriterionRow[];
}

/** The cycle's criteria table versions, newest first, and the latest one's tree. Two queries. */
export async function findCriteriaTables(blocId: string, year: number): Promise<CriteriaOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const tables = await db().criteriaTable.findMany({
    where: { cycle: { blocId, year } },
    select: { id: true, version: true, title: true, scale: true, bonusCap: true, status: true, lockedAt: true, changeReason: true },
    orderBy: { version: "desc" },
  });
  if (tables.length === 0) return { tables: [], latestCriteria: [] };
  const criteria = await db().criterion.findMany({
    where: { tableId: tables[0].id },
    select: { id: true, parentId: true, code: true, name: true, type: true, order: true, maxPoints: true, evidenceRequired: true },
    orderBy: [{ order: "asc" }, { code: "asc" }],
  });
  return {
    tables: tables.map((t) => ({ ...t, scale: t.scale.toNumber(), bonusCap: t.bonusCap?.toNumber() ?? null })),
    latestCriteria: flattenTree(criteria.map((c) => ({ ...c, maxPoints: c.maxPoints.toNumber() }))),
  };
}

type Node = Omit<CriterionRow, "depth"> & { parentId: string | null };

/** Depth-first order; the input is already sorted by sibling order. A dangling parent counts as the root. */
function flattenTree(nodes: Node[]): CriterionRow[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, Node[]>();
  for (const n of nodes) {
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const out: CriterionRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const n of children.get(parent) ?? []) {
      out.push({ id: n.id, code: n.code, name: n.name, type: n.type, maxPoints: n.maxPoints, evidenceRequired: n.evidenceRequired, depth });
      visit(n.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
