import "server-only";
import { checkOfficerTerm } from "@/lib/domain/officer-terms";
import { isoDay } from "@/lib/format";
import type { OfficerTermInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isCheckViolation, isOverlapViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Records or edits a Trưởng khối / Phó khối term. An edited term's bloc comes
 * from the term itself. The pure check names a clashing term; the database
 * trigger refuses an overlap that slips in between (two saves at once).
 */
export async function saveOfficerTerm(input: OfficerTermInput): Promise<void> {
  let blocId = input.blocId;
  if (input.id) {
    const term = await db().officerTerm.findUnique({ where: { id: input.id }, select: { blocId: true } });
    if (!term || term.blocId !== input.blocId) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
    blocId = term.blocId;
  }
  const user = await requireUser();
  const bloc = await blocScope(blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  const data = {
    agencyId: input.agencyId,
    role: input.role,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    method: input.method,
    personName: input.personName,
    decisionRef: input.decisionRef,
    handoverOn: input.handoverOn ?? null,
  };
  try {
    await db().$transaction(async (tx) => {
      // One query at a time: a transaction holds a single connection.
      const members = await tx.membership.findMany({ where: { blocId: bloc.blocId, year: input.year }, select: { agencyId: true } });
      const terms = await tx.officerTerm.findMany({
        where: { blocId: bloc.blocId },
        select: { id: true, role: true, startsOn: true, endsOn: true, agency: { select: { name: true } } },
      });
      const errors = checkOfficerTerm(
        { id: input.id, role: input.role, agencyId: input.agencyId, startsOn: isoDay(input.startsOn), endsOn: isoDay(input.endsOn) },
        {
          year: input.year,
          memberAgencyIds: members.map((m) => m.agencyId),
          existing: terms.map((t) => ({ id: t.id, role: t.role, agencyName: t.agency.name, startsOn: isoDay(t.startsOn), endsOn: isoDay(t.endsOn) })),
        },
      );
      if (errors) throw new AppError("INVALID_INPUT", errors.startsOn?.[0] ?? CHECK_FIELDS, errors);
      if (input.id) {
        const before = await tx.officerTerm.findUnique({ where: { id: input.id } });
        if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
        const after = await tx.officerTerm.update({ where: { id: input.id }, data });
        await writeAudit(tx, {
          actorId: user.userId,
          action: "officer-term.update",
          entity: "OfficerTerm",
          entityId: after.id,
          blocId: bloc.blocId,
          before,
          after,
        });
      } else {
        const after = await tx.officerTerm.create({ data: { blocId: bloc.blocId, ...data } });
        await writeAudit(tx, { actorId: user.userId, action: "officer-term.create", entity: "OfficerTerm", entityId: after.id, blocId: bloc.blocId, after });
      }
    });
  } catch (e) {
    if (isOverlapViolation(e)) {
      throw new AppError("INVALID_INPUT", "Nhiệm kỳ bị trùng với một nhiệm kỳ cùng chức danh vừa được ghi nhận. Vui lòng tải lại trang để xem.", {
        startsOn: ["Nhiệm kỳ bị trùng với một nhiệm kỳ cùng chức danh."],
      });
    }
    if (isCheckViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { endsOn: ["Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu."] });
    throw e;
  }
}
