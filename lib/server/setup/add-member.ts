import "server-only";
import { checkAgencyPeriod, checkMembershipDates } from "@/lib/domain/membership";
import { isoDay } from "@/lib/format";
import type { AddMemberInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { blocRegister } from "@/lib/server/agency-register/register-scope";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";
import { insertAgency } from "./internal/insert-agency";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Adds an agency to the bloc's members for a year: an existing agency of the
 * register of the bloc's province (or the central register), or a new one
 * created here in the bloc's province. One membership per agency per bloc
 * per year (the database's unique key is the backstop when two people add it
 * at once).
 */
export async function addMember(input: AddMemberInput): Promise<void> {
  const user = await requireUser();
  const bloc = await blocScope(input.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  const period = { joinedOn: input.joinedOn ? isoDay(input.joinedOn) : null, leftOn: input.leftOn ? isoDay(input.leftOn) : null };
  const dateErrors = checkMembershipDates(input.year, period);
  if (dateErrors) throw new AppError("INVALID_INPUT", CHECK_FIELDS, dateErrors);

  try {
    await db().$transaction(async (tx) => {
      let agency: { id: string; name: string };
      if (input.agencyId) {
        // Members come from the register of the bloc's province (docs/decisions/0011).
        const register = blocRegister(await provinceNodes(tx), bloc.provinceId);
        const found = await tx.agency.findFirst({
          where: { AND: [{ id: input.agencyId }, register.where] },
          select: { id: true, name: true, dissolvedOn: true },
        });
        if (!found)
          throw new AppError("INVALID_INPUT", CHECK_FIELDS, { agencyId: [`Cơ quan đã chọn không có trong danh sách cơ quan, đơn vị của ${register.label}.`] });
        const existsErrors = checkAgencyPeriod({ name: found.name, dissolvedOn: found.dissolvedOn ? isoDay(found.dissolvedOn) : null }, input.year, period);
        if (existsErrors) throw new AppError("INVALID_INPUT", CHECK_FIELDS, existsErrors);
        const already = await tx.membership.findUnique({
          where: { blocId_agencyId_year: { blocId: bloc.blocId, agencyId: found.id, year: input.year } },
          select: { id: true },
        });
        if (already) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { agencyId: [`${found.name} đã là thành viên của khối năm ${input.year}.`] });
        agency = found;
      } else {
        const owner = { provinceId: bloc.provinceId, provinceCode: bloc.provinceCode, auditBlocId: bloc.blocId };
        agency = await insertAgency(tx, user.userId, owner, { name: input.newName!, shortName: input.newShortName ?? input.newName!, type: input.newType! });
      }
      const membership = await tx.membership.create({
        data: { blocId: bloc.blocId, agencyId: agency.id, year: input.year, joinedOn: input.joinedOn ?? null, leftOn: input.leftOn ?? null, note: input.note },
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "membership.add",
        entity: "Membership",
        entityId: membership.id,
        blocId: bloc.blocId,
        after: membership,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { agencyId: [`Cơ quan này đã là thành viên của khối năm ${input.year}.`] });
    throw e;
  }
}
