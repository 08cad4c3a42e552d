import "server-only";
import { planAgencyChange } from "@/lib/domain/agency-change";
import { isoDay } from "@/lib/format";
import type { AgencyChangeFormInput } from "@/lib/schemas/setup";
import { blocRegister } from "@/lib/server/agency-register/register-scope";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { applyAgencyChange } from "./internal/apply-agency-change";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

const orNull = (d: Date | null) => (d ? isoDay(d) : null);

/**
 * Records a merger, split, rename or dissolution among the year's members
 * (e.g. Ban Tuyên giáo + Ban Dân vận → Ban Tuyên giáo và Dân vận from
 * 01/03/2025). The pure planner decides every effect; the shared writer
 * applies them in one transaction, each audited. Nothing is deleted:
 * predecessors keep their rows, with leftOn. An existing successor must be in
 * the register of the bloc's province (docs/decisions/0011).
 */
export async function recordAgencyChange(input: AgencyChangeFormInput): Promise<void> {
  const user = await requireUser();
  const bloc = await blocScope(input.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  try {
    await db().$transaction(async (tx) => {
      const members = await tx.membership.findMany({
        where: { blocId: bloc.blocId, year: input.year },
        select: { joinedOn: true, leftOn: true, agency: { select: { id: true, name: true, type: true, dissolvedOn: true } } },
      });
      const existingIds = input.successors.flatMap((s) => ("existingId" in s ? [s.existingId] : []));
      const register = blocRegister(await provinceNodes(tx), bloc.provinceId);
      const known = await tx.agency.findMany({
        where: { AND: [{ id: { in: existingIds } }, register.where] },
        select: { id: true, name: true, dissolvedOn: true },
      });
      const plan = planAgencyChange(
        input.year,
        members.map((m) => ({
          agencyId: m.agency.id,
          name: m.agency.name,
          type: m.agency.type,
          joinedOn: orNull(m.joinedOn),
          leftOn: orNull(m.leftOn),
          dissolvedOn: orNull(m.agency.dissolvedOn),
        })),
        known.map((k) => ({ agencyId: k.id, name: k.name, dissolvedOn: orNull(k.dissolvedOn) })),
        { ...input, effectiveOn: isoDay(input.effectiveOn) },
      );
      if (!plan.ok) throw new AppError("INVALID_INPUT", "Chưa ghi nhận được thay đổi: vui lòng kiểm tra các trường được đánh dấu.", plan.errors);
      const owner = { provinceId: bloc.provinceId, provinceCode: bloc.provinceCode, auditBlocId: bloc.blocId };
      await applyAgencyChange({ tx, actorId: user.userId, owner, created: [] }, plan.operations, { blocId: bloc.blocId, year: input.year });
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("INVALID_INPUT", "Thay đổi này (hoặc tư cách thành viên của cơ quan kế thừa) đã được ghi nhận trước đó. Vui lòng tải lại trang.");
    throw e;
  }
}
