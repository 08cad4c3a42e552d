import "server-only";
import type { DeleteAwardFormInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { awardFormSnapshot, CATALOGUE_MANAGERS_ONLY } from "./award-catalogue";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * Removes an award form from the year's catalogue — only while nothing refers to it
 * (no nomination, registration, vote or decision); otherwise CONFLICT saying what does.
 */
export async function deleteAwardForm(input: DeleteAwardFormInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const found = await db().awardForm.findUnique({ where: { id: input.awardFormId }, select: { cycleId: true } });
  if (!found) throw new AppError("NOT_FOUND", "Không tìm thấy hình thức khen thưởng này.");
  const cycle = await cycleScope(found.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: CATALOGUE_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    const before = await tx.awardForm.findUnique({
      where: { id: input.awardFormId },
      include: { _count: { select: { nominations: true, registrationTitles: true, votes: true, decisionItems: true, changedItems: true } } },
    });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy hình thức khen thưởng này.");
    const c = before._count;
    const uses = [
      c.nominations ? `${c.nominations} đề nghị khen thưởng` : null,
      c.registrationTitles ? `${c.registrationTitles} bản đăng ký thi đua` : null,
      c.votes ? `${c.votes} cuộc biểu quyết` : null,
      c.decisionItems + c.changedItems ? "quyết định khen thưởng" : null,
    ].filter(Boolean);
    if (uses.length) throw new AppError("CONFLICT", `Không xóa được “${before.name}”: đang được dùng trong ${uses.join(", ")}.`);
    stopIfChecking(step);
    await tx.awardForm.delete({ where: { id: before.id } });
    const { _count, ...row } = before;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "award-form.delete",
      entity: "AwardForm",
      entityId: before.id,
      blocId: cycle.blocId,
      before: awardFormSnapshot(row),
    });
  });
}
