/**
 * Validation of a criteria table on save (docs/domain/scoring.md#table-validation [S60], docs/domain/edge-cases.md#case-5:
 * children's maxima sum to at most the parent's, group maxima sum to the declared scale, bonus caps separate).
 * Returns Vietnamese messages naming the criterion; an empty list means the table is valid.
 */
import { formatNumber } from "@/lib/format";
import { roundPoints } from "./round";
import { nodeLabel, prepareTable, type Section } from "./tree";
import type { CriterionDef } from "./types";

export interface TableIssue {
  /** The node the message is about (null for the table as a whole). */
  criterionId: string | null;
  message: string;
}

const n = (v: number) => formatNumber(roundPoints(v));
const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;

export function validateTable(criteria: readonly CriterionDef[], table: { scale: number; bonusCap?: number | null }): TableIssue[] {
  const issues: TableIssue[] = [];
  const add = (c: CriterionDef | null, message: string) => issues.push({ criterionId: c?.id ?? null, message: c ? `${nodeLabel(c)}: ${message}` : message });
  const prepared = prepareTable(criteria);
  const { byId, children, section } = prepared;
  const reached = new Set(prepared.postOrder.map((c) => c.id));

  const codes = new Map<string, number>();
  for (const c of criteria) codes.set(c.code.trim(), (codes.get(c.code.trim()) ?? 0) + 1);
  if (codes.has("")) add(null, "Có tiêu chí chưa có mã.");
  for (const [code, count] of codes) if (code !== "" && count > 1) add(null, `Mã “${code}” bị trùng (${count} tiêu chí).`);

  for (const c of byId.values()) {
    const kids = children.get(c.id) ?? [];
    if (c.parentId !== null && !byId.has(c.parentId)) add(c, "không tìm thấy nhóm cha.");
    else if (!reached.has(c.id)) add(c, "không nối được tới nhóm gốc vì cây tiêu chí bị vòng lặp (một tiêu chí là cha của chính nó).");
    if (c.type === "GROUP") checkGroup(c, kids, section, add);
    else {
      if (kids.length > 0) add(c, "có tiêu chí con nên phải là nhóm.");
      checkLeaf(c, add);
    }
    if (c.minPoints > c.maxPoints) add(c, `điểm tối thiểu (${n(c.minPoints)}) lớn hơn điểm tối đa (${n(c.maxPoints)}).`);
    if (c.maxPoints < 0) add(c, "điểm tối đa không được âm.");
    if (given(c.floorPct) && (c.floorPct < 0 || c.floorPct > 100)) add(c, "ngưỡng tối thiểu phải từ 0 đến 100%.");
    if (given(c.cap) && c.cap < 0) add(c, "mức trần không được âm.");
    if (c.useLeaderFormula && c.type !== "QUANTITATIVE") add(c, "chỉ tiêu chí định lượng mới tính theo đơn vị dẫn đầu.");
  }

  // docs/domain/edge-cases.md#case-5: the base groups (top-level nodes that are not bonus, penalty or gate) sum
  // exactly to the scale; bonus and penalty groups have their own caps, outside the scale.
  const baseRoots = prepared.roots.filter((c) => section.get(c.id) === "BASE");
  const baseSum = baseRoots.reduce((s, c) => s + c.maxPoints, 0);
  if (roundPoints(baseSum) !== roundPoints(table.scale)) {
    add(null, `Tổng điểm tối đa của các nhóm tiêu chí (${n(baseSum)}) phải bằng thang điểm (${n(table.scale)}).`);
  }
  if (given(table.bonusCap) && table.bonusCap < 0) add(null, "Điểm thưởng tối đa không được âm.");
  return issues;
}

type Add = (c: CriterionDef | null, message: string) => void;

function checkGroup(c: CriterionDef, kids: readonly CriterionDef[], section: ReadonlyMap<string, Section>, add: Add): void {
  if (kids.length === 0) {
    add(c, "nhóm chưa có tiêu chí con.");
    return;
  }
  const kinds = new Set(kids.map((k) => section.get(k.id) ?? "BASE").filter((s) => s !== "GATE"));
  if (kinds.size > 1) add(c, "không được để chung tiêu chí chấm điểm, điểm thưởng và điểm trừ trong một nhóm.");
  // Only base groups: a bonus group's max is a cap, and its lines may add up past it.
  if (section.get(c.id) !== "BASE") return;
  const sum = kids.filter((k) => section.get(k.id) === "BASE").reduce((s, k) => s + k.maxPoints, 0);
  if (roundPoints(sum) > roundPoints(c.maxPoints)) {
    add(c, `tổng điểm tối đa của các tiêu chí con (${n(sum)}) vượt điểm tối đa của nhóm (${n(c.maxPoints)}).`);
  }
}

function checkLeaf(c: CriterionDef, add: Add): void {
  if (c.type === "GRADED") {
    const levels = c.levels ?? [];
    if (levels.length === 0) add(c, "tiêu chí chấm theo mức phải có ít nhất một mức.");
    const seen = new Set<number>();
    for (const l of levels) {
      if (seen.has(l.order)) add(c, `thứ tự mức ${l.order} bị trùng.`);
      seen.add(l.order);
      if (l.points < c.minPoints || l.points > c.maxPoints) {
        add(c, `mức ${l.order} có ${n(l.points)} điểm, ngoài khoảng từ ${n(c.minPoints)} đến ${n(c.maxPoints)}.`);
      }
    }
  }
  if (c.type === "COUNT" || c.type === "BONUS" || c.type === "PENALTY") {
    if (!given(c.pointsPerUnit) || c.pointsPerUnit === 0) add(c, "chưa đặt số điểm cho mỗi lần.");
    else if (c.type === "BONUS" && c.pointsPerUnit < 0) add(c, "điểm thưởng mỗi lần phải là số dương.");
  }
}
