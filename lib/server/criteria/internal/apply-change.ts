import "server-only";
import { randomUUID } from "node:crypto";
import { withNode, withoutSubtree, type CriterionNode } from "@/lib/domain/criteria-table";
import { AppError } from "@/lib/server/errors";
import type { CriterionInput } from "@/lib/schemas/criteria";

/** One change to a table: saving a node (new or edited) or deleting a node and its subtree. */
export type TableChange = { kind: "SAVE"; input: CriterionInput } | { kind: "DELETE"; criterionId: string };

export interface AppliedChange {
  next: CriterionNode[];
  criterionId: string;
  action: "criterion.create" | "criterion.update" | "criterion.delete";
  before: CriterionNode | CriterionNode[] | null;
  after: CriterionNode | null;
}

/** The whole table after the change (nothing written), or a field-level refusal. */
export function applyChange(nodes: readonly CriterionNode[], change: TableChange): AppliedChange {
  if (change.kind === "DELETE") {
    if (!nodes.some((n) => n.id === change.criterionId)) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này trong bảng.");
    const { remaining, removed } = withoutSubtree(nodes, change.criterionId);
    return { next: remaining, criterionId: change.criterionId, action: "criterion.delete", before: removed, after: null };
  }
  const input = change.input;
  const existing = input.criterionId ? nodes.find((n) => n.id === input.criterionId) : undefined;
  if (input.criterionId && !existing) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này trong bảng.");
  const id = existing?.id ?? randomUUID();
  const parentId = input.parentId ?? null;
  if (parentId !== null) {
    const parent = nodes.find((n) => n.id === parentId);
    const bad =
      !parent || parent.type !== "GROUP"
        ? "Nhóm cha phải là một nhóm tiêu chí của bảng này."
        : parentId === id
          ? "Một tiêu chí không thể là nhóm cha của chính nó."
          : null;
    if (bad) throw new AppError("INVALID_INPUT", bad, { parentId: [bad] });
  }
  const node: CriterionNode = {
    id,
    parentId,
    code: input.code,
    name: input.name,
    type: input.type,
    order: input.order,
    maxPoints: input.maxPoints,
    minPoints: input.minPoints,
    guidance: input.guidance,
    evidenceRequired: input.evidenceRequired,
    floorPct: input.floorPct,
    allowNA: input.allowNA,
    useLeaderFormula: input.type === "QUANTITATIVE" && input.useLeaderFormula,
    pointsPerUnit: ["COUNT", "BONUS", "PENALTY"].includes(input.type) ? input.pointsPerUnit : null,
    cap: ["COUNT", "BONUS", "PENALTY"].includes(input.type) ? input.cap : null,
    // Levels belong to graded criteria only; their order is the order on the form.
    levels: input.type === "GRADED" ? input.levels.map((l, i) => ({ order: i + 1, label: l.label, points: l.points, descriptor: l.descriptor })) : [],
  };
  return { next: withNode(nodes, node), criterionId: id, action: existing ? "criterion.update" : "criterion.create", before: existing ?? null, after: node };
}
