import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import type { CreateTableInput } from "@/lib/schemas/criteria";
import { MANAGERS_ONLY, TABLE_NOT_FOUND } from "./table-rows";
import { tableSnapshot } from "./internal/write-nodes";

const ALREADY = "Năm này đã có bảng tiêu chí; hãy sửa bảng hiện có hoặc tạo phiên bản mới.";

/** The year's first, empty table (version 1, DRAFT). Secretary or chair of the bloc. */
export async function createTable(input: CreateTableInput): Promise<{ id: string }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  if (input.scale <= 0) throw new AppError("INVALID_INPUT", "Thang điểm phải lớn hơn 0.", { scale: ["Thang điểm phải lớn hơn 0."] });
  try {
    return await db().$transaction(async (tx) => {
      if ((await tx.criteriaTable.count({ where: { cycleId: cycle.id } })) > 0) throw new AppError("CONFLICT", ALREADY);
      const table = await tx.criteriaTable.create({
        data: { cycleId: cycle.id, version: 1, title: input.title, scale: input.scale, bonusCap: input.bonusCap },
      });
      const after = tableSnapshot({ version: 1, title: input.title, scale: input.scale, bonusCap: input.bonusCap, status: "DRAFT" });
      await writeAudit(tx, { actorId: user.userId, action: "criteria-table.create", entity: "CriteriaTable", entityId: table.id, blocId: cycle.blocId, after });
      return { id: table.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", ALREADY);
    throw e;
  }
}
