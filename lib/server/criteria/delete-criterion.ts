import "server-only";
import { splitIssues, toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { tableCycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { DeleteCriterionInput } from "@/lib/schemas/criteria";
import { applyChange } from "./internal/apply-change";
import { createTableVersion } from "./create-table-version";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, readTableForUpdate, refuseIssues } from "./table-rows";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Deletes a node and everything below it (the database cascades the same way), after the
 * remaining table passes validateTable. On a locked table the deletion makes a new version.
 */
export async function deleteCriterion(
  input: DeleteCriterionInput,
  step: Step = "write",
): Promise<{ kind: "DELETED" } | { kind: "NEW_VERSION"; tableId: string; version: number }> {
  const user = await requireUser();
  const cycle = await tableCycleScope(input.tableId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const done = await db().$transaction(async (tx) => {
    const table = await readTableForUpdate(tx, input.tableId);
    if (table.mode !== "EDIT") return false;
    const applied = applyChange(table.nodes, { kind: "DELETE", criterionId: input.criterionId });
    const { blocking } = splitIssues(validateTable(toCriterionDefs(applied.next), { scale: table.scale, bonusCap: table.bonusCap }));
    if (blocking.length > 0) refuseIssues(blocking);
    // Entries keep their criterion (no cascade): a scored node is changed through a new version.
    const removedIds = (applied.before as { id: string }[]).map((n) => n.id);
    if ((await tx.scoreEntry.count({ where: { criterionId: { in: removedIds } } })) > 0) {
      throw new AppError("CONFLICT", "Đã có cơ quan chấm điểm tiêu chí này; hãy khóa bảng rồi tạo phiên bản mới để bỏ tiêu chí.");
    }
    stopIfChecking(step);
    await tx.criterion.delete({ where: { id: input.criterionId } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: applied.action,
      entity: "Criterion",
      entityId: input.criterionId,
      blocId: cycle.blocId,
      before: applied.before,
    });
    return true;
  });
  if (done) return { kind: "DELETED" };
  const v = await createTableVersion(
    { tableId: input.tableId, changeReason: input.changeReason, change: { kind: "DELETE", criterionId: input.criterionId } },
    step,
  );
  return { kind: "NEW_VERSION", tableId: v.tableId, version: v.version };
}
