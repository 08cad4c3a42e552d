/**
 * The criteria tree, prepared once per table so that scoring each agency is one linear pass
 * (speed target: 12 agencies × 60 criteria, no quadratic work per criterion; docs/benchmarks/scoring.md).
 *
 * Tree: nhóm → tiêu chí → tiêu chí con; a parent's score is the sum of its children
 * (docs/domain/scoring.md#criteria-tree [S59][S60]). Only GROUP nodes have children; a group's own points are never typed.
 */
import type { CriterionDef } from "./types";

/**
 * Which part of the result a node feeds. Base = the scale (e.g. 100); bonus and penalty are
 * separate (docs/domain/edge-cases.md#case-5, "bonus caps are separate"); gates give no points
 * (docs/domain/scoring.md#gates).
 */
export type Section = "BASE" | "BONUS" | "PENALTY" | "GATE";

export interface PreparedTable {
  byId: ReadonlyMap<string, CriterionDef>;
  children: ReadonlyMap<string, readonly CriterionDef[]>;
  /** Top-level nodes, plus nodes whose parent is unknown (a broken table still scores). */
  roots: readonly CriterionDef[];
  section: ReadonlyMap<string, Section>;
  /** Every node reachable from the roots, children before their parent. */
  postOrder: readonly CriterionDef[];
  /** Every non-GROUP node reachable from the roots, in table order. */
  leaves: readonly CriterionDef[];
}

export function sectionOfType(type: CriterionDef["type"]): Section {
  if (type === "BONUS" || type === "PENALTY" || type === "GATE") return type;
  return "BASE";
}

export function prepareTable(criteria: readonly CriterionDef[]): PreparedTable {
  const byId = new Map<string, CriterionDef>();
  for (const c of criteria) if (!byId.has(c.id)) byId.set(c.id, c);
  const children = new Map<string, CriterionDef[]>();
  const roots: CriterionDef[] = [];
  for (const c of byId.values()) {
    if (c.parentId !== null && byId.has(c.parentId)) {
      const list = children.get(c.parentId);
      if (list) list.push(c);
      else children.set(c.parentId, [c]);
    } else {
      roots.push(c);
    }
  }

  // Iterative depth-first walk. Nodes in a parent cycle (or below one) are never reached and
  // never scored; validateTable reports them.
  const postOrder: CriterionDef[] = [];
  const leaves: CriterionDef[] = [];
  const section = new Map<string, Section>();
  const stack: { node: CriterionDef; expanded: boolean }[] = [...roots].reverse().map((node) => ({ node, expanded: false }));
  while (stack.length > 0) {
    const top = stack.pop()!;
    const kids = children.get(top.node.id) ?? [];
    if (!top.expanded) {
      stack.push({ node: top.node, expanded: true });
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], expanded: false });
      if (top.node.type !== "GROUP") leaves.push(top.node);
      continue;
    }
    postOrder.push(top.node);
    section.set(top.node.id, top.node.type === "GROUP" ? groupSection(kids, section) : sectionOfType(top.node.type));
  }
  return { byId, children, roots, section, postOrder, leaves };
}

/**
 * A group belongs to the section of its children: a group of BONUS lines is a bonus group
 * (its max caps them, like "khen thưởng … max +4" in docs/domain/scoring.md#worked-example), a group of PENALTY lines is a
 * penalty group, a group of gates is a gate group. Gates inside a base group do not make it
 * a gate group. Mixed or empty groups count as base (validateTable reports them).
 */
function groupSection(kids: readonly CriterionDef[], section: ReadonlyMap<string, Section>): Section {
  const found = new Set<Section>();
  for (const k of kids) found.add(section.get(k.id) ?? "BASE");
  if (found.size === 1) return [...found][0];
  found.delete("GATE");
  if (found.size === 1) return [...found][0];
  return "BASE";
}

/** "Nhóm I" or "Tiêu chí 5" — how messages name a node. */
export function nodeLabel(c: Pick<CriterionDef, "code" | "type">): string {
  return `${c.type === "GROUP" ? "Nhóm" : "Tiêu chí"} ${c.code}`;
}
