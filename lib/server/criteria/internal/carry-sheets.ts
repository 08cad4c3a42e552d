import "server-only";
import type { CriterionNode } from "@/lib/domain/criteria-table";
import { criterionPoints } from "@/lib/domain/scoring";
import { toEngineEntry } from "@/lib/domain/self-scoring";
import { planSheetCarry, unchangedCriteria, type SheetPlan, type SheetToCarry } from "@/lib/domain/table-revalidation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { storablePoints } from "@/lib/server/self-scoring/locked-table";

const num = (d: Prisma.Decimal | null) => (d === null ? null : d.toNumber());

/**
 * Inside createTableVersion's transaction: every agency's sheet on the old version moves to the
 * new one (same sheet row, so its history, evidence files and objections stay linked), each
 * entry re-checked and re-scored against the new definition (planSheetCarry). Dropped entries
 * are deleted, their values kept in the audit row's before-value; their files stay stored.
 */
export async function carrySheets(
  tx: Prisma.TransactionClient,
  p: {
    oldTableId: string;
    newTableId: string;
    version: number;
    reason: string;
    oldNodes: readonly CriterionNode[];
    newNodes: readonly CriterionNode[];
    actorId: string;
    blocId: string;
  },
): Promise<SheetPlan[]> {
  const sheets = await tx.scoreSheet.findMany({
    where: { tableId: p.oldTableId },
    include: { entries: { include: { files: { select: { originalName: true } } } } },
    orderBy: { agencyId: "asc" },
  });
  const plans: SheetPlan[] = [];
  for (const s of sheets) {
    const files = new Map(s.entries.map((e) => [e.id, e.files.map((f) => f.originalName)]));
    const sheet: SheetToCarry = {
      id: s.id,
      agencyId: s.agencyId,
      status: s.status,
      returnReason: s.returnReason,
      entries: s.entries.map((e) => ({
        id: e.id,
        criterionId: e.criterionId,
        isNA: e.isNA,
        selfInput: num(e.selfInput),
        actual: num(e.actual),
        target: num(e.target),
        selfPoints: num(e.selfPoints),
        verifiedPoints: num(e.verifiedPoints),
        finalPoints: num(e.finalPoints),
      })),
    };
    const plan = planSheetCarry({ version: p.version, reason: p.reason, oldNodes: p.oldNodes, newNodes: p.newNodes, sheet }, (def, e) => {
      const stored = { isNA: e.isNA, selfInput: def.type === "QUANTITATIVE" ? null : e.selfInput, actual: e.actual, target: e.target };
      return storablePoints(criterionPoints(def, toEngineEntry(def.type, def.id, stored)), def);
    });
    plans.push(plan);

    const dropIds = plan.outcomes.flatMap((o) => (o.kind === "DROP" ? [o.entry.id] : []));
    if (dropIds.length > 0) await tx.scoreEntry.deleteMany({ where: { id: { in: dropIds } } });
    for (const o of plan.outcomes) {
      if (o.kind !== "KEEP") continue;
      const cleared = o.clearVerified
        ? { verifiedPoints: null, verifiedActual: null, verifiedTarget: null, verifyReason: null, verifiedById: null, verifiedAt: null, finalPoints: null }
        : {};
      await tx.scoreEntry.update({
        where: { id: o.entry.id },
        data: { criterionId: o.criterionId, selfPoints: o.selfPoints, minPoints: o.minPoints, maxPoints: o.maxPoints, ...cleared },
      });
    }
    const returned = plan.nextStatus !== s.status;
    const returnReason = plan.returnReason === null ? s.returnReason : s.returnReason ? `${plan.returnReason}\n${s.returnReason}` : plan.returnReason;
    await tx.scoreSheet.update({
      where: { id: s.id },
      data: {
        tableId: p.newTableId,
        status: plan.nextStatus,
        returnReason,
        version: { increment: 1 },
        ...(returned ? { verifiedAt: null, verifiedById: null } : {}),
      },
    });
    await writeAudit(tx, {
      actorId: p.actorId,
      action: "score-sheet.revalidate",
      entity: "ScoreSheet",
      entityId: s.id,
      blocId: p.blocId,
      reason: p.reason,
      before: {
        tableId: p.oldTableId,
        status: s.status,
        returnReason: s.returnReason,
        entries: plan.outcomes
          .filter((o) => o.kind === "DROP" || o.changed)
          .map((o) => ({ ...o.entry, criterionCode: o.code, files: files.get(o.entry.id) ?? [] })),
      },
      after: {
        tableId: p.newTableId,
        status: plan.nextStatus,
        returnReason,
        changed: plan.changedCodes,
        dropped: plan.dropped,
        added: plan.addedCodes,
      },
    });
  }
  await carryCrossScores(tx, p);
  return plans;
}

/**
 * Cross-scores (read through the current table's criteria) follow the criteria whose scoring
 * did not change; those on changed or removed criteria stay with the old version, to be scored again.
 */
async function carryCrossScores(
  tx: Prisma.TransactionClient,
  p: { oldTableId: string; oldNodes: readonly CriterionNode[]; newNodes: readonly CriterionNode[] },
): Promise<void> {
  const used = await tx.crossScore.findMany({ where: { criterion: { tableId: p.oldTableId } }, distinct: ["criterionId"], select: { criterionId: true } });
  if (used.length === 0) return;
  const same = unchangedCriteria(p.oldNodes, p.newNodes);
  for (const { criterionId } of used) {
    const next = same.get(criterionId);
    if (next) await tx.crossScore.updateMany({ where: { criterionId }, data: { criterionId: next } });
  }
}
