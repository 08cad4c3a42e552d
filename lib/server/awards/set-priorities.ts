import "server-only";
import { nominationTransition } from "@/lib/domain/awards";
import type { SetPrioritiesInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { nominationRefusal } from "./nomination-record";

/**
 * The bloc chair orders one form's PROPOSED and SENT nominations (1 first, 0 = not ordered).
 * Every listed nomination must be of that form; one audit row holds the order before and after.
 * The priority is not the agency's content, so versions are not bumped (an open review form
 * stays valid).
 */
export async function setPriorities(input: SetPrioritiesInput): Promise<void> {
  const user = await requireUser();
  const form = await db().awardForm.findUnique({
    where: { id: input.awardFormId },
    select: { id: true, name: true, cycle: { select: { id: true, blocId: true } } },
  });
  if (!form) throw new AppError("NOT_FOUND", "Không tìm thấy hình thức khen thưởng này.");
  authorize(user, "nomination:read-all", { blocId: form.cycle.blocId }, { notFound: "Không tìm thấy hình thức khen thưởng này.", hidden: true });
  authorize(user, "nomination:review", { blocId: form.cycle.blocId }, { forbidden: "Chỉ Trưởng khối được sắp xếp thứ tự ưu tiên các đề nghị." });
  const ids = [...new Set(input.items.map((i) => i.nominationId))];
  if (ids.length !== input.items.length) throw new AppError("INVALID_INPUT", "Một đề nghị được xếp hai lần.");

  await db().$transaction(async (tx) => {
    await requireOpenPhase(tx, form.cycle.id, "NOMINATION");
    const rows = await tx.nomination.findMany({ where: { id: { in: ids }, awardFormId: form.id }, select: { id: true, status: true, priority: true } });
    if (rows.length !== ids.length) throw new AppError("INVALID_INPUT", `Có đề nghị không thuộc hình thức “${form.name}”.`);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const item of input.items) {
      const next = nominationTransition(byId.get(item.nominationId)!.status, { action: "prioritise", priority: item.priority });
      if (!next.ok) throw nominationRefusal(next);
    }
    for (const item of input.items) {
      if (byId.get(item.nominationId)!.priority !== item.priority) {
        await tx.nomination.update({ where: { id: item.nominationId }, data: { priority: item.priority } });
      }
    }
    await writeAudit(tx, {
      actorId: user.userId,
      action: "nomination.prioritise",
      entity: "AwardForm",
      entityId: form.id,
      blocId: form.cycle.blocId,
      before: { priorities: Object.fromEntries(rows.map((r) => [r.id, r.priority])) },
      after: { priorities: Object.fromEntries(input.items.map((i) => [i.nominationId, i.priority])) },
    });
  });
}
