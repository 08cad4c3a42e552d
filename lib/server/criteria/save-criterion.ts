import "server-only";
import { splitIssues, toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { tableCycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import type { CriterionInput } from "@/lib/schemas/criteria";
import { applyChange } from "./internal/apply-change";
import { createTableVersion } from "./create-table-version";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, readTableForUpdate, refuseIssues } from "./table-rows";
import { nodeData } from "./internal/write-nodes";

export type SaveResult = { kind: "SAVED"; criterionId: string } | { kind: "NEW_VERSION"; tableId: string; version: number };

/**
 * Adds or edits one node. The whole resulting table goes through validateTable first: a
 * finding refuses the save and nothing is written. A locked table is not edited in place:
 * the change becomes a new version (createTableVersion, which needs a reason).
 */
export async function saveCriterion(input: CriterionInput): Promise<SaveResult> {
  const user = await requireUser();
  const cycle = await tableCycleScope(input.tableId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const saved = await db()
    .$transaction(async (tx) => {
      const table = await readTableForUpdate(tx, input.tableId);
      if (table.mode !== "EDIT") return null;
      const applied = applyChange(table.nodes, { kind: "SAVE", input });
      const { blocking } = splitIssues(validateTable(toCriterionDefs(applied.next), { scale: table.scale, bonusCap: table.bonusCap }));
      if (blocking.length > 0) refuseIssues(blocking);
      const node = applied.after!;
      const { id: _id, ...columns } = nodeData(table.id, node);
      await tx.criterion.upsert({ where: { id: node.id }, create: nodeData(table.id, node), update: columns });
      await tx.criterionLevel.deleteMany({ where: { criterionId: node.id } });
      if (node.levels.length > 0) await tx.criterionLevel.createMany({ data: node.levels.map((l) => ({ ...l, criterionId: node.id })) });
      await writeAudit(tx, {
        actorId: user.userId,
        action: applied.action,
        entity: "Criterion",
        entityId: node.id,
        blocId: cycle.blocId,
        before: applied.before,
        after: node,
      });
      return { kind: "SAVED" as const, criterionId: node.id };
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", "Mã này đã có trong bảng tiêu chí.", { code: ["Mã này đã có trong bảng tiêu chí."] });
      throw e;
    });
  if (saved) return saved;
  const v = await createTableVersion({ tableId: input.tableId, changeReason: input.changeReason, change: { kind: "SAVE", input } });
  return { kind: "NEW_VERSION", tableId: v.tableId, version: v.version };
}
