import "server-only";
import { checkIdentityChange, checkStageDays } from "@/lib/domain/role-models/edit-rules";
import type { EditRoleModelInput } from "@/lib/schemas/role-models";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope, type MemberScope } from "@/lib/server/authz/scopes";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { authorizeRoleModelWrite } from "./internal/authorize-role-model-write";
import { AppError } from "@/lib/server/errors";
import { nomineePerson } from "@/lib/server/people/internal/nominee-person";
import { OWN_AGENCY_ONLY, ROLE_MODEL_SELECT, roleModelSnapshot, STALE_ROLE_MODEL } from "./internal/role-model-record";

const NOT_A_MEMBER = "Cơ quan được chọn không thuộc khối trong năm này.";

/**
 * "Sửa điển hình": corrects the name, kind (collective or person), agency, achievement and the
 * days of the stages already reached (lib/domain/role-models/edit-rules; the stage itself moves
 * only by "chuyển khâu"). The same people as creating, for the entry's agency and for the one it
 * moves to. An entry a nomination was made from keeps its agency and kind. Optimistic concurrency
 * on `version`; audited with before and after (docs/decisions/0041).
 */
export async function editRoleModel(input: EditRoleModelInput): Promise<{ version: number }> {
  const user = await requireUser();
  const { member, ...found } = await authorizeRoleModelWrite(user, input.roleModelId);
  let target: MemberScope | null = member;
  if (input.agencyId !== found.agencyId) {
    target = await memberScope(found.cycleId, input.agencyId);
    if (!target) throw new AppError("INVALID_INPUT", NOT_A_MEMBER, { agencyId: [NOT_A_MEMBER] });
    authorize(user, ["rolemodel:manage", "rolemodel:edit:own"], target, { forbidden: OWN_AGENCY_ONLY });
  }
  const individual = input.target === "INDIVIDUAL";
  if (individual && !input.personId && !input.personName) {
    throw new AppError("INVALID_INPUT", "Điển hình cá nhân cần họ tên.", { personName: ["Vui lòng chọn người trong danh sách hoặc nhập họ tên."] });
  }
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "RoleModel" WHERE id = ${input.roleModelId} FOR UPDATE`;
    const before = await tx.roleModel.findUniqueOrThrow({
      where: { id: input.roleModelId },
      select: { ...ROLE_MODEL_SELECT, _count: { select: { nominations: true } } },
    });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_ROLE_MODEL);
    const days = { foundOn: input.foundOn, fosteredOn: input.fosteredOn, reviewedOn: input.reviewedOn, replicatedOn: input.replicatedOn };
    const today = new Date(`${todayInVietnam()}T00:00:00Z`);
    const errors = {
      ...checkStageDays(before.stage, days, { year: target!.year, today }),
      ...checkIdentityChange(before, { agencyId: input.agencyId, target: input.target }, before._count.nominations),
    };
    if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", "Thông tin điển hình chưa hợp lệ, chưa lưu.", errors);

    // The person typed as before stays the same person, even if renamed since (docs/decisions/0036).
    const keepPerson = individual && !input.personId && before.personId && input.personName === before.personName && input.agencyId === before.agencyId;
    const person = !individual
      ? null
      : keepPerson
        ? { id: before.personId!, name: before.personName! }
        : await nomineePerson(tx, { ...input, personPosition: null }, { actorId: user.userId, blocId: member!.blocId });
    await tx.roleModel.update({
      where: { id: before.id },
      data: {
        agencyId: input.agencyId,
        target: input.target,
        collectiveName: individual ? null : (input.collectiveName ?? target!.agencyName),
        personId: person?.id ?? null,
        personName: person?.name ?? null,
        achievement: input.achievement,
        ...days,
        version: { increment: 1 },
      },
    });
    const after = await tx.roleModel.findUniqueOrThrow({ where: { id: before.id }, select: ROLE_MODEL_SELECT });
    const { _count, ...old } = before;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "rolemodel.edit",
      entity: "RoleModel",
      entityId: before.id,
      blocId: member!.blocId,
      before: roleModelSnapshot(old),
      after: roleModelSnapshot(after),
    });
    return { version: after.version };
  });
}
