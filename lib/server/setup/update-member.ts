import "server-only";
import { checkAgencyPeriod, checkMembershipDates } from "@/lib/domain/membership";
import { isoDay } from "@/lib/format";
import type { UpdateMemberInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/** Changes when within its year an agency belonged to the bloc (e.g. it left mid-year), and the note. */
export async function updateMember(input: UpdateMemberInput): Promise<void> {
  const current = await db().membership.findUnique({
    where: { id: input.membershipId },
    select: { blocId: true, year: true, agency: { select: { name: true, dissolvedOn: true } } },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const user = await requireUser();
  const bloc = await blocScope(current.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  const period = { joinedOn: input.joinedOn ? isoDay(input.joinedOn) : null, leftOn: input.leftOn ? isoDay(input.leftOn) : null };
  const errors =
    checkMembershipDates(current.year, period) ??
    checkAgencyPeriod({ name: current.agency.name, dissolvedOn: current.agency.dissolvedOn ? isoDay(current.agency.dissolvedOn) : null }, current.year, period);
  if (errors) {
    // The agency itself is fixed here: its existence error belongs under the joining day.
    const { agencyId, ...rest } = errors;
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, agencyId ? { ...rest, joinedOn: agencyId } : rest);
  }
  await db().$transaction(async (tx) => {
    const before = await tx.membership.findUnique({ where: { id: input.membershipId } });
    if (!before) throw new AppError("NOT_FOUND", "Cơ quan này vừa được bỏ khỏi danh sách thành viên.");
    const after = await tx.membership.update({
      where: { id: before.id },
      data: { joinedOn: input.joinedOn ?? null, leftOn: input.leftOn ?? null, note: input.note },
    });
    await writeAudit(tx, { actorId: user.userId, action: "membership.update", entity: "Membership", entityId: after.id, blocId: bloc.blocId, before, after });
  });
}
