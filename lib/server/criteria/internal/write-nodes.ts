import "server-only";
import { parentsFirst, type CriterionNode } from "@/lib/domain/criteria-table";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns of one node (its levels are written separately). */
export function nodeData(tableId: string, n: CriterionNode) {
  const { levels: _levels, ...rest } = n;
  return { ...rest, tableId };
}

/** Inserts a whole tree (a copy or a new version), parents first, then every level. */
export async function insertNodes(tx: Prisma.TransactionClient, tableId: string, nodes: readonly CriterionNode[]): Promise<void> {
  const ordered = parentsFirst(nodes);
  if (ordered.length === 0) return;
  await tx.criterion.createMany({ data: ordered.map((n) => nodeData(tableId, n)) });
  const levels = ordered.flatMap((n) => n.levels.map((l) => ({ ...l, criterionId: n.id })));
  if (levels.length > 0) await tx.criterionLevel.createMany({ data: levels });
}

/** A small summary of a table for the audit row (the nodes are audited by code). */
export function tableSnapshot(t: { version: number; title: string; scale: number; bonusCap: number | null; status: string }, nodes?: readonly CriterionNode[]) {
  return { ...t, ...(nodes ? { criteria: nodes.map((n) => `${n.code} ${n.name} (${n.maxPoints})`) } : {}) };
}
