/**
 * Pure helpers for editing a criteria table (docs/domain/scoring.md#criteria-tree): the tree shown on the
 * page, the whole table after one change (validated before anything is written), copies with
 * new ids (last year's table, a new version), and whether the table is locked.
 * No Prisma, no clock: `today` is passed in.
 */
import type { TableIssue } from "./scoring/validate-table";
import type { CriterionDef, CriterionType } from "./scoring/types";

export interface LevelNode {
  order: number;
  label: string;
  points: number;
  descriptor: string | null;
}

/** One Criterion row as plain data (Decimals already converted to numbers). */
export interface CriterionNode {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  type: CriterionType;
  order: number;
  maxPoints: number;
  minPoints: number;
  guidance: string | null;
  evidenceRequired: boolean;
  floorPct: number | null;
  allowNA: boolean;
  useLeaderFormula: boolean;
  pointsPerUnit: number | null;
  cap: number | null;
  levels: LevelNode[];
}

export interface TreeNode extends CriterionNode {
  depth: number;
  children: TreeNode[];
}

const bySiblingOrder = (a: CriterionNode, b: CriterionNode) => a.order - b.order || a.code.localeCompare(b.code, "vi", { numeric: true });

/** Groups → criteria → sub-criteria; a node whose parent is missing is shown at the top. Cycles are dropped (validateTable names them). */
export function buildCriteriaTree(nodes: readonly CriterionNode[]): TreeNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, CriterionNode[]>();
  for (const n of nodes) {
    const parent = n.parentId !== null && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): TreeNode[] =>
    [...(children.get(parent) ?? [])].sort(bySiblingOrder).flatMap((n) => {
      if (seen.has(n.id)) return [];
      seen.add(n.id);
      return [{ ...n, depth, children: build(n.id, depth + 1) }];
    });
  return build(null, 0);
}

/** Depth-first, display order. */
export function flattenTree(tree: readonly TreeNode[]): TreeNode[] {
  return tree.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** What the scoring engine's validateTable reads. */
export function toCriterionDefs(nodes: readonly CriterionNode[]): CriterionDef[] {
  return [...nodes].sort(bySiblingOrder).map((n) => ({
    id: n.id,
    code: n.code,
    parentId: n.parentId,
    type: n.type,
    maxPoints: n.maxPoints,
    minPoints: n.minPoints,
    floorPct: n.floorPct,
    allowNA: n.allowNA,
    useLeaderFormula: n.useLeaderFormula,
    pointsPerUnit: n.pointsPerUnit,
    cap: n.cap,
    levels: n.levels.map((l) => ({ order: l.order, points: l.points })),
  }));
}

/** The table after adding or replacing one node (matched by id). */
export function withNode(nodes: readonly CriterionNode[], node: CriterionNode): CriterionNode[] {
  const found = nodes.some((n) => n.id === node.id);
  return found ? nodes.map((n) => (n.id === node.id ? node : n)) : [...nodes, node];
}

/** The table after deleting a node and everything below it (the database cascades the same way). */
export function withoutSubtree(nodes: readonly CriterionNode[], id: string): { remaining: CriterionNode[]; removed: CriterionNode[] } {
  const gone = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of nodes) {
      if (n.parentId !== null && gone.has(n.parentId) && !gone.has(n.id)) {
        gone.add(n.id);
        grew = true;
      }
    }
  }
  return { remaining: nodes.filter((n) => !gone.has(n.id)), removed: nodes.filter((n) => gone.has(n.id)) };
}

/** A copy of the table with fresh ids, parents remapped (copying last year's table, a new version). */
export function copyWithNewIds(nodes: readonly CriterionNode[], newId: () => string): CriterionNode[] {
  const ids = new Map(nodes.map((n) => [n.id, newId()]));
  return nodes.map((n) => ({
    ...n,
    id: ids.get(n.id)!,
    parentId: n.parentId === null ? null : (ids.get(n.parentId) ?? null),
    levels: n.levels.map((l) => ({ ...l })),
  }));
}

/** Parents first, so each row can be inserted after the one it points to. */
export function parentsFirst(nodes: readonly CriterionNode[]): CriterionNode[] {
  return flattenTree(buildCriteriaTree(nodes)).map(({ depth: _d, children: _c, ...n }) => n);
}

/** Validation messages grouped by the node they name; table-wide ones under "_table". */
export function issuesByNode(issues: readonly TableIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) (out[i.criterionId ?? "_table"] ??= []).push(i.message);
  return out;
}

export type TableStatus = "DRAFT" | "LOCKED" | "SUPERSEDED";

/**
 * A DRAFT table is editable until self-scoring opens (docs/domain/scoring.md#table-locking: "the table
 * locks when self-scoring opens"); after that, or once locked by hand, a change is a new version.
 */
export function tableEditMode(status: TableStatus, selfScoringOpensOn: string | null, today: string): "EDIT" | "NEW_VERSION" | "READ_ONLY" {
  if (status === "SUPERSEDED") return "READ_ONLY";
  if (status === "LOCKED") return "NEW_VERSION";
  return selfScoringOpensOn !== null && today >= selfScoringOpensOn ? "NEW_VERSION" : "EDIT";
}

/**
 * A table is built one node at a time, so while it is a DRAFT two findings of validateTable
 * only mean "not finished yet": a group with no children and base groups that do not yet add
 * up to the scale. They are shown and they block locking; every other finding refuses the save.
 */
const INCOMPLETE = [/nhóm chưa có tiêu chí con\.$/, /phải bằng thang điểm \(/];
export function isIncompleteOnly(issue: TableIssue): boolean {
  return INCOMPLETE.some((re) => re.test(issue.message));
}
export function splitIssues(issues: readonly TableIssue[]): { blocking: TableIssue[]; incomplete: TableIssue[] } {
  return { blocking: issues.filter((i) => !isIncompleteOnly(i)), incomplete: issues.filter(isIncompleteOnly) };
}
