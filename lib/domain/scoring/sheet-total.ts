/**
 * One agency's totals from the tree and the points of its entries (docs/domain/scoring.md#criteria-tree:
 * parent = sum of children [S59][S60]; docs/domain/scoring.md#bonus-and-penalty: bonus above the base [S70];
 * docs/domain/edge-cases.md#case-5, docs/domain/edge-cases.md#case-8, docs/domain/edge-cases.md#case-10).
 */
import { atLeast, roundPoints } from "./round";
import type { PreparedTable, Section } from "./tree";
import type { CriterionDef, CriterionPoints, ScoringRules } from "./types";

export interface GroupSubtotal {
  criterionId: string;
  code: string;
  section: Section;
  /** Sum of the children (for bonus and penalty groups: capped by the group's cap ?? max). */
  points: number;
  max: number;
  /** max minus the maxima of the N/A criteria below it. */
  applicableMax: number;
  /** points ÷ applicableMax × max: the group's score on its own scale, N/A rescaled. */
  rescaled: number;
}

/** An applicable base criterion (not N/A, max > 0), for floors and statistics. */
export interface LeafShare {
  criterionId: string;
  code: string;
  points: number;
  max: number;
  /** points ÷ max × 100, unrounded. */
  pct: number;
  floorPct: number | null;
}

export interface SheetTotal {
  groups: Record<string, GroupSubtotal>;
  /** Sum of the base criteria before N/A rescaling. */
  baseRaw: number;
  /** scale minus the maxima of N/A base criteria (= scale when nothing is N/A). */
  applicableMax: number;
  base: number;
  bonusUncapped: number;
  bonus: number;
  penalty: number;
  /** base + bonus − penalty, rounded to 2 decimals — the only rounded figure. */
  total: number;
  vetoed: boolean;
  vetoedBy: string[];
  leaves: LeafShare[];
  fullMarksCount: number;
  lowest: LeafShare | null;
}

export function sheetTotal(table: PreparedTable, points: ReadonlyMap<string, CriterionPoints>, rules: ScoringRules): SheetTotal {
  const value = new Map<string, number>();
  const naMax = new Map<string, number>();
  const groups: Record<string, GroupSubtotal> = {};
  const leaves: LeafShare[] = [];
  const vetoedBy: string[] = [];
  let baseRaw = 0;
  let naTotal = 0;
  let bonusUncapped = 0;
  let penalty = 0;

  for (const node of table.postOrder) {
    const section = table.section.get(node.id)!;
    let v = 0;
    let na = 0;
    if (node.type === "GROUP") {
      for (const kid of table.children.get(node.id) ?? []) {
        if (table.section.get(kid.id) !== section) continue; // e.g. a gate in a base group
        v += value.get(kid.id)!;
        na += naMax.get(kid.id)!;
      }
      if (section === "BONUS") v = Math.max(0, Math.min(v, node.cap ?? node.maxPoints));
      if (section === "PENALTY") v = Math.max(0, Math.min(v, node.cap ?? Infinity));
      const applicableMax = node.maxPoints - na;
      const rescaled = na > 0 ? (applicableMax > 0 ? (v * node.maxPoints) / applicableMax : 0) : v;
      groups[node.id] = { criterionId: node.id, code: node.code, section, points: v, max: node.maxPoints, applicableMax, rescaled };
    } else {
      const p = points.get(node.id);
      v = p?.points ?? 0;
      if (p?.status === "NA" && section === "BASE") na = node.maxPoints;
      if (p?.vetoed) vetoedBy.push(node.id);
      if (section === "BASE" && p?.status !== "NA" && node.maxPoints > 0) leaves.push(share(node, v));
    }
    value.set(node.id, v);
    naMax.set(node.id, na);

    // Each section's total is the sum of its outermost nodes: a bonus line inside a bonus
    // group counts through the group (and its cap); one placed elsewhere counts on its own.
    const parent = node.parentId === null ? undefined : table.byId.get(node.parentId);
    const outermost = !parent || table.section.get(parent.id) !== section;
    if (!outermost) continue;
    if (section === "BASE") {
      baseRaw += v;
      naTotal += na;
    } else if (section === "BONUS") bonusUncapped += v;
    else if (section === "PENALTY") penalty += v;
  }

  // docs/domain/scoring.md#not-applicable [I]: N/A criteria are left out and the rest rescaled to the scale:
  // base ÷ applicable max × scale. Without N/A nothing is rescaled.
  const applicableMax = rules.scale - naTotal;
  const base = naTotal > 0 ? (applicableMax > 0 ? (baseRaw * rules.scale) / applicableMax : 0) : baseRaw;
  // docs/domain/scoring.md#bonus-and-penalty [S70]: bonuses can push the total above the scale, up to the table's cap.
  const bonus = Math.min(bonusUncapped, rules.bonusCap ?? Infinity);
  let lowest: LeafShare | null = null;
  for (const l of leaves) if (lowest === null || l.pct < lowest.pct) lowest = l;

  return {
    groups,
    baseRaw,
    applicableMax,
    base,
    bonusUncapped,
    bonus,
    penalty,
    total: roundPoints(base + bonus - penalty), // rounded at the end, and only there (docs/domain/scoring.md#rounding)
    vetoed: vetoedBy.length > 0,
    vetoedBy,
    leaves,
    fullMarksCount: leaves.filter((l) => atLeast(l.points, l.max)).length,
    lowest,
  };
}

function share(node: CriterionDef, points: number): LeafShare {
  const pct = (points * 100) / node.maxPoints;
  return { criterionId: node.id, code: node.code, points, max: node.maxPoints, pct, floorPct: node.floorPct ?? null };
}
