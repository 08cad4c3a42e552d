import "server-only";
import type { CopyAwardFormsInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { CATALOGUE_MANAGERS_ONLY } from "./award-catalogue";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Copies last year's catalogue of the same bloc into this year's, while this year's is still
 * empty (a second copy would duplicate the codes). One audit row lists the codes copied.
 */
export async function copyAwardFormsFromLastYear(input: CopyAwardFormsInput, step: Step = "write"): Promise<{ count: number }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: CATALOGUE_MANAGERS_ONLY });
  return db().$transaction(async (tx) => {
    if ((await tx.awardForm.count({ where: { cycleId: cycle.id } })) > 0) {
      throw new AppError("CONFLICT", `Danh mục năm ${cycle.year} đã có hình thức khen thưởng: chỉ sao chép được khi danh mục còn trống.`);
    }
    const previous = await tx.awardForm.findMany({
      where: { cycle: { blocId: cycle.blocId, year: cycle.year - 1 } },
      orderBy: [{ order: "asc" }, { code: "asc" }],
    });
    if (previous.length === 0) throw new AppError("INVALID_INPUT", `Năm ${cycle.year - 1} không có danh mục hình thức khen thưởng để sao chép.`);
    stopIfChecking(step);
    await tx.awardForm.createMany({
      data: previous.map(({ id: _id, cycleId: _cycleId, ...f }) => ({ ...f, cycleId: cycle.id })),
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "award-form.copy",
      entity: "Cycle",
      entityId: cycle.id,
      blocId: cycle.blocId,
      after: { fromYear: cycle.year - 1, codes: previous.map((f) => f.code) },
    });
    return { count: previous.length };
  });
}
