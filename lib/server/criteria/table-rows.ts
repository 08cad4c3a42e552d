import "server-only";
import type { TableIssue } from "@/lib/domain/scoring/validate-table";
import { issuesByNode, tableEditMode, type CriterionNode, type TableStatus } from "@/lib/domain/criteria-table";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

export const TABLE_NOT_FOUND = "Không tìm thấy bảng tiêu chí này.";

export const MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được thay đổi bảng tiêu chí.";

export interface LockedTable {
  id: string;
  cycleId: string;
  version: number;
  title: string;
  scale: number;
  bonusCap: number | null;
  status: TableStatus;
  lockedAt: Date | null;
  nodes: CriterionNode[];
  mode: "EDIT" | "NEW_VERSION" | "READ_ONLY";
}

/** Reads a table and its nodes inside the transaction, holding its row so saves take turns. */
export async function readTableForUpdate(tx: Prisma.TransactionClient, tableId: string): Promise<LockedTable> {
  await tx.$queryRaw`SELECT 1 FROM "CriteriaTable" WHERE "id" = ${tableId} FOR UPDATE`;
  const t = await tx.criteriaTable.findUnique({ where: { id: tableId } });
  if (!t) throw new AppError("NOT_FOUND", TABLE_NOT_FOUND);
  // One query at a time: a transaction holds a single connection.
  const rows = await tx.criterion.findMany({ where: { tableId }, include: { levels: { orderBy: { order: "asc" } } } });
  const selfScoring = await tx.cyclePhase.findUnique({ where: { cycleId_key: { cycleId: t.cycleId, key: "SELF_SCORING" } }, select: { opensOn: true } });
  const status = t.status as TableStatus;
  return {
    id: t.id,
    cycleId: t.cycleId,
    version: t.version,
    title: t.title,
    scale: t.scale.toNumber(),
    bonusCap: t.bonusCap?.toNumber() ?? null,
    status,
    lockedAt: t.lockedAt,
    nodes: rows.map(toNode),
    mode: tableEditMode(status, selfScoring ? isoDay(selfScoring.opensOn) : null, todayInVietnam()),
  };
}

type CriterionRow = Prisma.CriterionGetPayload<{ include: { levels: true } }>;

export function toNode(c: CriterionRow): CriterionNode {
  const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());
  return {
    id: c.id,
    parentId: c.parentId,
    code: c.code,
    name: c.name,
    type: c.type,
    order: c.order,
    maxPoints: c.maxPoints.toNumber(),
    minPoints: c.minPoints.toNumber(),
    guidance: c.guidance,
    evidenceRequired: c.evidenceRequired,
    floorPct: num(c.floorPct),
    allowNA: c.allowNA,
    useLeaderFormula: c.useLeaderFormula,
    pointsPerUnit: num(c.pointsPerUnit),
    cap: num(c.cap),
    levels: c.levels.map((l) => ({ order: l.order, label: l.label, points: l.points.toNumber(), descriptor: l.descriptor })),
  };
}

/** validateTable's findings as a refusal; fieldErrors keyed "node:<id>" or "_table" for the page. */
export function refuseIssues(issues: readonly TableIssue[]): never {
  const byNode = issuesByNode(issues);
  const fieldErrors = Object.fromEntries(Object.entries(byNode).map(([k, v]) => [k === "_table" ? "_table" : `node:${k}`, v]));
  throw new AppError("INVALID_INPUT", `Bảng tiêu chí chưa hợp lệ, chưa lưu gì: ${issues.map((i) => i.message).join(" ")}`, fieldErrors);
}
