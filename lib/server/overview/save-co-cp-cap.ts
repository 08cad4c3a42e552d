import "server-only";
import type { CoCpCapInput } from "@/lib/schemas/overview";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { COUNCIL_NOT_FOUND, councilChoices } from "./council-choices";

const STALE = "Chỉ tiêu Cờ thi đua của Chính phủ năm này đã được người khác cập nhật. Trang đã hiện giá trị mới, vui lòng kiểm tra rồi lưu lại.";

/**
 * Sets a council's Cờ thi đua của Chính phủ cap for a year: the percentage of the leading units
 * and its rounding (docs/decisions/0030-co-cp-cap-per-council-year.md). Council staff of the
 * province (the one their register is kept under, not a province it absorbed) or of the central
 * level, and system administrators. Optimistic: the form sends the version it showed (none while
 * the defaults apply). Audited.
 */
export async function saveCoCpCap(input: CoCpCapInput): Promise<{ version: number }> {
  const user = await requireUser();
  authorize(user, "council-year:manage", { provinceId: input.provinceId }, { notFound: COUNCIL_NOT_FOUND, hidden: true });
  // Only a council's own row is ever read (its root province, or the central level).
  const councils = councilChoices(user, await provinceNodes());
  if (!councils.some((c) => c.provinceId === input.provinceId)) throw new AppError("NOT_FOUND", COUNCIL_NOT_FOUND);

  const data = { coCpCapPct: input.pct, coCpRounding: input.rounding, updatedById: user.userId };
  try {
    return await db().$transaction(async (tx) => {
      const before = await tx.councilYearSetting.findFirst({
        where: { provinceId: input.provinceId, year: input.year },
        select: { id: true, coCpCapPct: true, coCpRounding: true, version: true },
      });
      if ((before?.version ?? null) !== input.version) throw new AppError("CONFLICT", STALE);
      let row: { id: string; version: number };
      if (before) {
        const { count } = await tx.councilYearSetting.updateMany({
          where: { id: before.id, version: before.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT", STALE);
        row = { id: before.id, version: before.version + 1 };
      } else {
        row = await tx.councilYearSetting.create({ data: { ...data, provinceId: input.provinceId, year: input.year }, select: { id: true, version: true } });
      }
      await writeAudit(tx, {
        actorId: user.userId,
        action: "council-year.co-cp-cap",
        entity: "CouncilYearSetting",
        entityId: row.id,
        before: before ? { year: input.year, pct: before.coCpCapPct.toString(), rounding: before.coCpRounding } : null,
        after: { year: input.year, pct: input.pct, rounding: input.rounding },
      });
      return { version: row.version };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", STALE);
    throw e;
  }
}
