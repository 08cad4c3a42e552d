import "server-only";
import { toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { tableCycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, readTableForUpdate, refuseIssues } from "./table-rows";
import { tableSnapshot } from "./internal/write-nodes";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * "Khóa bảng tiêu chí": DRAFT → LOCKED, only for a complete table (validateTable finds
 * nothing). A DRAFT whose self-scoring has already opened counts as locked everywhere; this
 * records it too.
 */
export async function lockTable(input: { tableId: string }, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const cycle = await tableCycleScope(input.tableId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    const table = await readTableForUpdate(tx, input.tableId);
    if (table.status !== "DRAFT") throw new AppError("CONFLICT", "Bảng tiêu chí này đã được khóa.");
    const issues = validateTable(toCriterionDefs(table.nodes), { scale: table.scale, bonusCap: table.bonusCap });
    if (table.nodes.length === 0) throw new AppError("INVALID_INPUT", "Bảng tiêu chí chưa có tiêu chí nào nên chưa khóa được.");
    if (issues.length > 0) refuseIssues(issues);
    stopIfChecking(step);
    const lockedAt = new Date();
    await tx.criteriaTable.update({ where: { id: table.id }, data: { status: "LOCKED", lockedAt } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "criteria-table.lock",
      entity: "CriteriaTable",
      entityId: table.id,
      blocId: cycle.blocId,
      before: tableSnapshot(table),
      after: { ...tableSnapshot({ ...table, status: "LOCKED" }), lockedAt },
    });
  });
}
