import "server-only";
import { randomUUID } from "node:crypto";
import { copyWithNewIds, splitIssues, toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, refuseIssues, toNode } from "./table-rows";
import { insertNodes, tableSnapshot } from "./internal/write-nodes";

const ALREADY = "Năm này đã có bảng tiêu chí nên không sao chép được bảng năm trước.";

/**
 * Copies the latest version of last year's table of the same bloc into this year's first
 * DRAFT (nodes and levels with new ids), in one transaction.
 */
export async function copyLastYearTable(input: { cycleId: string }): Promise<{ id: string }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  try {
    return await db().$transaction(async (tx) => {
      if ((await tx.criteriaTable.count({ where: { cycleId: cycle.id } })) > 0) throw new AppError("CONFLICT", ALREADY);
      const source = await tx.criteriaTable.findFirst({
        where: { cycle: { blocId: cycle.blocId, year: cycle.year - 1 } },
        orderBy: { version: "desc" },
        include: { criteria: { include: { levels: { orderBy: { order: "asc" } } } } },
      });
      if (!source) throw new AppError("NOT_FOUND", `Khối chưa có bảng tiêu chí năm ${cycle.year - 1} để sao chép.`);
      const nodes = copyWithNewIds(source.criteria.map(toNode), () => randomUUID());
      const scale = source.scale.toNumber();
      const bonusCap = source.bonusCap?.toNumber() ?? null;
      const { blocking } = splitIssues(validateTable(toCriterionDefs(nodes), { scale, bonusCap }));
      if (blocking.length > 0) refuseIssues(blocking);
      const title = source.title.includes(String(cycle.year - 1)) ? source.title.replaceAll(String(cycle.year - 1), String(cycle.year)) : source.title;
      const table = await tx.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, title, scale, bonusCap } });
      await insertNodes(tx, table.id, nodes);
      await writeAudit(tx, {
        actorId: user.userId,
        action: "criteria-table.copy",
        entity: "CriteriaTable",
        entityId: table.id,
        blocId: cycle.blocId,
        after: { ...tableSnapshot({ version: 1, title, scale, bonusCap, status: "DRAFT" }, nodes), copiedFrom: source.id },
      });
      return { id: table.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", ALREADY);
    throw e;
  }
}
