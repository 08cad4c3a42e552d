import "server-only";
import { firstDay, removalBlocker } from "@/lib/domain/membership";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** What the agency already did in the bloc that year; removing its membership would orphan it. */
async function activity(tx: Prisma.TransactionClient, blocId: string, agencyId: string, year: number) {
  const inCycle = { cycle: { blocId, year } };
  // One query at a time: a transaction holds a single connection.
  const registrations = await tx.registration.count({ where: { agencyId, ...inCycle } });
  const signatures = await tx.pledgeSignature.count({ where: { agencyId, pledge: inCycle } });
  const scoreSheets = await tx.scoreSheet.count({ where: { agencyId, ...inCycle } });
  const keyTasks = await tx.agencyKeyTask.count({ where: { agencyId, ...inCycle } });
  const officerTerms = await tx.officerTerm.count({
    where: { blocId, agencyId, startsOn: { lte: day(`${year}-12-31`) }, endsOn: { gte: day(firstDay(year)) } },
  });
  const lineage = await tx.agencyLineage.count({
    where: { OR: [{ predecessorId: agencyId }, { successorId: agencyId }], effectiveOn: { gte: day(firstDay(year)), lte: day(firstDay(year + 1)) } },
  });
  return { registrations, signatures, scoreSheets, keyTasks, officerTerms, lineage };
}

/**
 * Takes an agency off a year's member list when it was added by mistake.
 * An agency with any record in that year keeps its row (history is never
 * deleted): the secretary records its leaving day instead.
 */
export async function removeMember(membershipId: string, step: Step = "write"): Promise<void> {
  const current = await db().membership.findUnique({ where: { id: membershipId }, select: { blocId: true } });
  if (!current) throw new AppError("NOT_FOUND");
  const user = await requireUser();
  const bloc = await blocScope(current.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { id: membershipId }, include: { agency: { select: { name: true } } } });
    if (!before) throw new AppError("NOT_FOUND", "Cơ quan này đã được bỏ khỏi danh sách thành viên.");
    const blocker = removalBlocker(before.agency.name, before.year, await activity(tx, bloc.blocId, before.agencyId, before.year));
    if (blocker) throw new AppError("INVALID_INPUT", blocker);
    stopIfChecking(step);
    await tx.membership.delete({ where: { id: before.id } });
    const { agency, ...row } = before;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "membership.remove",
      entity: "Membership",
      entityId: before.id,
      blocId: bloc.blocId,
      before: { ...row, agencyName: agency.name },
    });
  });
}
