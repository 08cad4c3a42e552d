import "server-only";
import { randomUUID } from "node:crypto";
import { copyWithNewIds, toCriterionDefs, type CriterionNode } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { tableCycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { changeReason } from "@/lib/schemas/criteria";
import { applyChange, type TableChange } from "./internal/apply-change";
import { carrySheets } from "./internal/carry-sheets";
import { notifyTableChange } from "./internal/notify-table-change";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, readTableForUpdate, refuseIssues } from "./table-rows";
import { insertNodes, tableSnapshot } from "./internal/write-nodes";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/** The whole table replaced at once (an imported .xlsx), with its scale and bonus cap. */
export type ReplaceChange = { kind: "REPLACE"; nodes: readonly CriterionNode[]; scale: number; bonusCap: number | null; fileName: string };

export interface TableVersionResult {
  tableId: string;
  version: number;
  notified: number;
  /** Sheets carried to the new version whose entries changed, were dropped or have new criteria. */
  affectedSheets: number;
  /** Of those, submitted or verified sheets sent back to the agency (RETURNED). */
  returnedSheets: number;
}

/**
 * A change to a locked table (docs/domain/scoring.md#table-locking): version n+1 with the change applied, LOCKED, pointing
 * to the old one, which becomes SUPERSEDED; nodes and levels copied with new ids. The new table
 * must pass validateTable in full. In the same transaction every agency's sheet is carried to
 * the new version and its entries re-validated (carrySheets); the agencies are told what changed.
 */
export async function createTableVersion(
  input: {
    tableId: string;
    changeReason: string | null | undefined;
    change: TableChange | ReplaceChange;
  },
  step: Step = "write",
): Promise<TableVersionResult> {
  const user = await requireUser();
  const cycle = await tableCycleScope(input.tableId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const reason = changeReason.safeParse(input.changeReason ?? "");
  if (!reason.success) {
    const message = reason.error.issues[0]!.message;
    throw new AppError("INVALID_INPUT", message, { changeReason: [message] });
  }
  const bloc = await db().bloc.findUniqueOrThrow({ where: { id: cycle.blocId }, select: { code: true } });
  const change = input.change;
  return db().$transaction(async (tx) => {
    const old = await readTableForUpdate(tx, input.tableId);
    if (old.mode === "READ_ONLY") throw new AppError("CONFLICT", "Phiên bản này đã được thay thế; hãy mở phiên bản hiện hành của bảng tiêu chí.");
    if (old.mode === "EDIT") throw new AppError("CONFLICT", "Bảng tiêu chí còn là dự thảo: hãy sửa trực tiếp, không cần tạo phiên bản mới.");
    const applied = change.kind === "REPLACE" ? null : applyChange(old.nodes, change);
    const next = applied ? applied.next : change.kind === "REPLACE" ? [...change.nodes] : [];
    const scale = change.kind === "REPLACE" ? change.scale : old.scale;
    const bonusCap = change.kind === "REPLACE" ? change.bonusCap : old.bonusCap;
    const issues = validateTable(toCriterionDefs(next), { scale, bonusCap });
    if (issues.length > 0) refuseIssues(issues);

    stopIfChecking(step);
    const now = new Date();
    await tx.criteriaTable.update({ where: { id: old.id }, data: { status: "SUPERSEDED", lockedAt: old.lockedAt ?? now } });
    const version = old.version + 1;
    const created = await tx.criteriaTable.create({
      data: {
        cycleId: old.cycleId,
        version,
        previousId: old.id,
        changeReason: reason.data,
        title: old.title,
        scale,
        bonusCap,
        status: "LOCKED",
        lockedAt: now,
      },
    });
    const nodes = copyWithNewIds(next, () => randomUUID());
    await insertNodes(tx, created.id, nodes);
    const plans = await carrySheets(tx, {
      oldTableId: old.id,
      newTableId: created.id,
      version,
      reason: reason.data,
      oldNodes: old.nodes,
      newNodes: nodes,
      actorId: user.userId,
      blocId: cycle.blocId,
    });
    const notified = await notifyTableChange(tx, {
      agencies: plans.map((pl) => ({
        agencyId: pl.sheet.agencyId,
        detail: pl.summary && `${pl.summary}${pl.nextStatus !== pl.sheet.status ? " — bảng đã nộp được trả lại để cơ quan xem lại và nộp lại" : ""}.`,
      })),
      blocCode: bloc.code,
      year: cycle.year,
      version,
      reason: reason.data,
    });
    const affectedSheets = plans.filter((pl) => pl.affected).length;
    const returnedSheets = plans.filter((pl) => pl.nextStatus !== pl.sheet.status).length;

    const head = (t: { version: number; scale: number; bonusCap: number | null; status: string }) => ({
      version: t.version,
      title: old.title,
      scale: t.scale,
      bonusCap: t.bonusCap,
      status: t.status,
    });
    const before = tableSnapshot(head(old), old.nodes);
    const after = tableSnapshot(head({ version, scale, bonusCap, status: "LOCKED" }), nodes);
    const audit = { actorId: user.userId, blocId: cycle.blocId, reason: reason.data };
    if (applied)
      await writeAudit(tx, {
        ...audit,
        action: applied.action,
        entity: "Criterion",
        entityId: applied.criterionId,
        before: applied.before,
        after: applied.after,
      });
    else if (change.kind === "REPLACE") {
      await writeAudit(tx, {
        ...audit,
        action: "criteria-table.import",
        entity: "CriteriaTable",
        entityId: created.id,
        before,
        after: { ...after, fileName: change.fileName },
      });
    }
    await writeAudit(tx, {
      ...audit,
      action: "criteria-table.version",
      entity: "CriteriaTable",
      entityId: created.id,
      before,
      after: { ...after, previousId: old.id, notified, affectedSheets, returnedSheets },
    });
    return { tableId: created.id, version, notified, affectedSheets, returnedSheets };
  });
}
