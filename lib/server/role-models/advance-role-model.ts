import "server-only";
import { advanceStage } from "@/lib/domain/role-models/stages";
import type { Step } from "@/lib/forms/step";
import type { AdvanceRoleModelInput } from "@/lib/schemas/role-models";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { authorizeRoleModelWrite } from "./internal/authorize-role-model-write";
import { AppError } from "@/lib/server/errors";
import { ROLE_MODEL_SELECT, roleModelSnapshot, saveRoleModelFiles, STALE_ROLE_MODEL } from "./internal/role-model-record";

/**
 * "Chuyển khâu": the role model reaches the next of the "4 khâu" on the day given, with its
 * evidence (lib/domain/role-models/stages: one stage at a time, never back). Confirmed in a
 * dialog (docs/decisions/0021): a stage reached is not undone. Same people as creating. Audited.
 */
export async function advanceRoleModel(input: AdvanceRoleModelInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const { member } = await authorizeRoleModelWrite(user, input.roleModelId);
  return db().$transaction(async (tx) => {
    // Locked so that two moves at once are told apart by the version, not both applied.
    await tx.$queryRaw`SELECT id FROM "RoleModel" WHERE id = ${input.roleModelId} FOR UPDATE`;
    const before = await tx.roleModel.findUniqueOrThrow({ where: { id: input.roleModelId }, select: ROLE_MODEL_SELECT });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_ROLE_MODEL);
    const move = advanceStage(before.stage, before, input.to, input.on);
    if (!move.ok) throw new AppError(move.code, move.message, move.field ? { [move.field]: [move.message] } : undefined);
    stopIfChecking(step);
    await tx.roleModel.update({ where: { id: before.id }, data: { stage: move.to, [move.field]: input.on, version: { increment: 1 } } });
    const after = await tx.roleModel.findUniqueOrThrow({ where: { id: before.id }, select: ROLE_MODEL_SELECT });
    const files = await saveRoleModelFiles(tx, input.files, { blocId: member.blocId, uploadedById: user.userId, roleModelId: before.id });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "rolemodel.advance",
      entity: "RoleModel",
      entityId: before.id,
      blocId: member.blocId,
      before: roleModelSnapshot(before),
      after: roleModelSnapshot(after, files),
    });
    return { version: after.version };
  });
}
