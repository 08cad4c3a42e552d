import "server-only";
import { planCopyMembers, type CopyPlan } from "@/lib/domain/membership";
import { isoDay } from "@/lib/format";
import type { CopyMembersInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

export type CopyResult = Omit<CopyPlan, "copy"> & { copied: number };

/**
 * Starts a year's member list from the year before: every agency still a
 * member on 31/12 and still existing, skipping those already listed. The
 * year's cycle row is created if missing (defaults only), so the year shows
 * in the bloc switcher; its calendar is set on the calendar page.
 */
export async function copyMembers(input: CopyMembersInput): Promise<CopyResult> {
  const user = await requireUser();
  const bloc = await blocScope(input.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  return db().$transaction(async (tx) => {
    // One query at a time: a transaction holds a single connection.
    const previous = await tx.membership.findMany({
      where: { blocId: bloc.blocId, year: input.year - 1 },
      select: { agencyId: true, leftOn: true, agency: { select: { dissolvedOn: true } } },
    });
    const present = await tx.membership.findMany({ where: { blocId: bloc.blocId, year: input.year }, select: { agencyId: true } });
    if (previous.length === 0) throw new AppError("INVALID_INPUT", `Năm ${input.year - 1} chưa có cơ quan thành viên nào để sao chép.`);
    const plan = planCopyMembers(
      input.year,
      previous.map((m) => ({
        agencyId: m.agencyId,
        leftOn: m.leftOn ? isoDay(m.leftOn) : null,
        dissolvedOn: m.agency.dissolvedOn ? isoDay(m.agency.dissolvedOn) : null,
      })),
      present.map((m) => m.agencyId),
    );
    // skipDuplicates: a row someone added meanwhile is kept, and only rows really created are audited.
    const created = await tx.membership.createManyAndReturn({
      data: plan.copy.map((c) => ({
        blocId: bloc.blocId,
        agencyId: c.agencyId,
        year: input.year,
        leftOn: c.leftOn ? new Date(`${c.leftOn}T00:00:00Z`) : null,
      })),
      skipDuplicates: true,
    });
    for (const m of created) {
      await writeAudit(tx, {
        actorId: user.userId,
        action: "membership.copy",
        entity: "Membership",
        entityId: m.id,
        blocId: bloc.blocId,
        after: m,
        reason: `Sao chép từ năm ${input.year - 1}`,
      });
    }
    const [cycle] = await tx.cycle.createManyAndReturn({ data: [{ blocId: bloc.blocId, year: input.year }], skipDuplicates: true });
    if (cycle) await writeAudit(tx, { actorId: user.userId, action: "cycle.create", entity: "Cycle", entityId: cycle.id, blocId: bloc.blocId, after: cycle });
    return {
      copied: created.length,
      alreadyPresent: plan.alreadyPresent + plan.copy.length - created.length,
      leftBeforeEnd: plan.leftBeforeEnd,
      dissolved: plan.dissolved,
    };
  });
}
