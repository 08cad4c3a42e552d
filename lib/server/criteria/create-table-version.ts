import "server-only";
import { randomUUID } from "node:crypto";
import { copyWithNewIds, toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { changeReason } from "@/lib/schemas/criteria";
import { applyChange, type TableChange } from "./apply-change";
import { notifyTableChange } from "./notify-table-change";
import { authorizeCycle, readTableForUpdate, refuseIssues } from "./table-access";
import { insertNodes, tableSnapshot } from "./write-nodes";

/**
 * A change to a locked table (issue 4): version n+1 with the change applied, LOCKED, pointing
 * to the old one, which becomes SUPERSEDED; nodes and levels copied with new ids; the agencies
 * that have sheets on the old version are told. The new table must pass validateTable in full.
 * Re-validating entries already made against the new version is not done here.
 */
export async function createTableVersion(input: { tableId: string; changeReason: string | null | undefined; change: TableChange }): Promise<{ tableId: string; version: number; notified: number }> {
  const { user, cycle } = await authorizeCycle({ tableId: input.tableId });
  const reason = changeReason.safeParse(input.changeReason ?? "");
  if (!reason.success) {
    const message = reason.error.issues[0]!.message;
    throw new AppError("INVALID_INPUT", message, { changeReason: [message] });
  }
  const bloc = await db().bloc.findUniqueOrThrow({ where: { id: cycle.blocId }, select: { code: true } });
  return db().$transaction(async (tx) => {
    const old = await readTableForUpdate(tx, input.tableId);
    if (old.mode === "READ_ONLY") throw new AppError("CONFLICT", "Phiên bản này đã được thay thế; hãy mở phiên bản hiện hành của bảng tiêu chí.");
    if (old.mode === "EDIT") throw new AppError("CONFLICT", "Bảng tiêu chí còn là dự thảo: hãy sửa trực tiếp, không cần tạo phiên bản mới.");
    const applied = applyChange(old.nodes, input.change);
    const issues = validateTable(toCriterionDefs(applied.next), { scale: old.scale, bonusCap: old.bonusCap });
    if (issues.length > 0) refuseIssues(issues);

    const now = new Date();
    await tx.criteriaTable.update({ where: { id: old.id }, data: { status: "SUPERSEDED", lockedAt: old.lockedAt ?? now } });
    const version = old.version + 1;
    const created = await tx.criteriaTable.create({
      data: { cycleId: old.cycleId, version, previousId: old.id, changeReason: reason.data, title: old.title, scale: old.scale, bonusCap: old.bonusCap, status: "LOCKED", lockedAt: now },
    });
    const nodes = copyWithNewIds(applied.next, () => randomUUID());
    await insertNodes(tx, created.id, nodes);
    const notified = await notifyTableChange(tx, { oldTableId: old.id, blocCode: bloc.code, year: cycle.year, version, reason: reason.data });

    const audit = { actorId: user.userId, blocId: cycle.blocId, reason: reason.data };
    await writeAudit(tx, { ...audit, action: applied.action, entity: "Criterion", entityId: applied.criterionId, before: applied.before, after: applied.after });
    await writeAudit(tx, {
      ...audit,
      action: "criteria-table.version",
      entity: "CriteriaTable",
      entityId: created.id,
      before: tableSnapshot({ ...old, status: old.status }, old.nodes),
      after: { ...tableSnapshot({ ...old, version, status: "LOCKED" }, nodes), previousId: old.id, notified },
    });
    return { tableId: created.id, version, notified };
  });
}
