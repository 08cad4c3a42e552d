import "server-only";
import type { CreateRoleModelInput } from "@/lib/schemas/role-models";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { nomineePerson } from "@/lib/server/people/internal/nominee-person";
import { OWN_AGENCY_ONLY, ROLE_MODEL_SELECT, roleModelSnapshot, saveRoleModelFiles } from "./internal/role-model-record";

/**
 * "Thêm điển hình": a member agency's collective or person enters the bloc-year's register at
 * the first stage (phát hiện) on the day given, with its evidence. By the agency's leader or
 * officer for their agency, or the bloc's secretary or chair for any member. Not tied to a
 * phase: the register runs all year (docs/decisions/0039). Audited.
 */
export async function createRoleModel(input: CreateRoleModelInput): Promise<{ id: string }> {
  const user = await requireUser();
  const member = await memberScope(input.cycleId, input.agencyId);
  authorize(user, ["rolemodel:manage", "rolemodel:edit:own"], member, { notFound: "Cơ quan không thuộc khối trong năm này.", forbidden: OWN_AGENCY_ONLY });
  const individual = input.target === "INDIVIDUAL";
  if (individual && !input.personId && !input.personName) {
    throw new AppError("INVALID_INPUT", "Điển hình cá nhân cần họ tên người được phát hiện.", {
      personName: ["Vui lòng chọn người trong danh sách hoặc nhập họ tên."],
    });
  }
  if (input.foundOn.getUTCFullYear() !== member.year) {
    throw new AppError("INVALID_INPUT", `Ngày phát hiện phải trong năm ${member.year}.`, { foundOn: [`Vui lòng chọn ngày trong năm ${member.year}.`] });
  }
  return db().$transaction(async (tx) => {
    const person = individual
      ? await nomineePerson(tx, { ...input, agencyId: member.agencyId, personPosition: null }, { actorId: user.userId, blocId: member.blocId })
      : null;
    const created = await tx.roleModel.create({
      data: {
        cycleId: member.cycleId,
        agencyId: member.agencyId,
        target: input.target,
        collectiveName: individual ? null : (input.collectiveName ?? member.agencyName),
        personId: person?.id ?? null,
        personName: person?.name ?? null,
        achievement: input.achievement,
        foundOn: input.foundOn,
      },
      select: ROLE_MODEL_SELECT,
    });
    const files = await saveRoleModelFiles(tx, input.files, { blocId: member.blocId, uploadedById: user.userId, roleModelId: created.id });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "rolemodel.create",
      entity: "RoleModel",
      entityId: created.id,
      blocId: member.blocId,
      after: roleModelSnapshot(created, files),
    });
    return { id: created.id };
  });
}
