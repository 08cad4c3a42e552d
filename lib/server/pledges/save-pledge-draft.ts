import "server-only";
import { transition } from "@/lib/domain/pledge";
import type { PledgeDraftInput } from "@/lib/schemas/pledge";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { checkCriteriaLinks } from "./criteria-options";
import { requireDraftingPhase } from "./drafting-phase";
import { PLEDGE_MANAGERS_ONLY, staleMessage } from "./pledge-messages";
import { commitmentsCreate, pledgeContent, pledgeSnapshot } from "./pledge-snapshot";

const ALREADY_CREATED = "Giao ước năm nay vừa được tạo (có thể bởi người khác). Trang đang hiển thị bản hiện tại; vui lòng xem lại rồi sửa trên bản đó.";

/**
 * Saves the draft text of the year's pledge: title, theme, bases and the
 * commitments numbered 1..n in the order sent. Without a pledgeId it creates
 * version 1. The save names the rowVersion it edited; a stale one is refused
 * (two secretaries editing at once do not overwrite each other).
 */
export async function savePledgeDraft(input: PledgeDraftInput): Promise<{ pledgeId: string; rowVersion: number }> {
  const user = await requireUser();
  authorize(user, "pledge:manage", { blocId: input.blocId }, { forbidden: PLEDGE_MANAGERS_ONLY });
  const cycle = await db().cycle.findUnique({ where: { blocId_year: { blocId: input.blocId, year: input.year } }, select: { id: true } });
  if (!cycle) throw new AppError("INVALID_INPUT", `Khối chưa lập kế hoạch thi đua năm ${input.year}: cần đặt lịch các giai đoạn trước khi soạn giao ước.`);
  const text = { title: input.title, theme: input.theme, bases: input.bases };
  try {
    return await db().$transaction(async (tx) => {
      await requireDraftingPhase(tx, cycle.id);
      const linkErrors = await checkCriteriaLinks(tx, cycle.id, input.commitments);
      if (linkErrors) throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", linkErrors);

      if (!input.pledgeId) {
        if (await tx.pledge.findFirst({ where: { cycleId: cycle.id }, select: { id: true } })) throw new AppError("CONFLICT", ALREADY_CREATED);
        const created = await tx.pledge.create({
          data: { cycleId: cycle.id, version: 1, ...text, commitments: { create: commitmentsCreate(input.commitments) } },
          select: pledgeContent,
        });
        await writeAudit(tx, {
          actorId: user.userId,
          action: "pledge.create",
          entity: "Pledge",
          entityId: created.id,
          blocId: input.blocId,
          after: pledgeSnapshot(created),
        });
        return { pledgeId: created.id, rowVersion: created.rowVersion };
      }

      const before = await tx.pledge.findUnique({ where: { id: input.pledgeId }, select: pledgeContent });
      if (!before || before.cycleId !== cycle.id) throw new AppError("NOT_FOUND", "Không tìm thấy giao ước này.");
      if (before.rowVersion !== input.rowVersion) throw new AppError("CONFLICT", staleMessage(before.rowVersion));
      const t = transition(before.status, { type: "EDIT" });
      if (!t.ok) throw new AppError("CONFLICT", t.reason);
      // The guard re-checks version and status under the row lock: a save or
      // an opening for signatures that committed in between makes it miss.
      const { count } = await tx.pledge.updateMany({
        where: { id: before.id, rowVersion: before.rowVersion, status: "DRAFT" },
        data: { ...text, rowVersion: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", staleMessage(before.rowVersion + 1));
      const after = await tx.pledge.update({
        where: { id: before.id },
        data: { commitments: { deleteMany: {}, create: commitmentsCreate(input.commitments) } },
        select: pledgeContent,
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "pledge.update-draft",
        entity: "Pledge",
        entityId: after.id,
        blocId: input.blocId,
        before: pledgeSnapshot(before),
        after: pledgeSnapshot(after),
      });
      return { pledgeId: after.id, rowVersion: after.rowVersion };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", ALREADY_CREATED);
    throw e;
  }
}
