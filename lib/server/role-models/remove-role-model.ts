import "server-only";
import { removalRefusal } from "@/lib/domain/role-models/edit-rules";
import type { Step } from "@/lib/forms/step";
import type { RemoveRoleModelInput } from "@/lib/schemas/role-models";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { authorizeRoleModelWrite } from "./internal/authorize-role-model-write";
import { AppError } from "@/lib/server/errors";
import { ROLE_MODEL_SELECT, roleModelSnapshot, STALE_ROLE_MODEL } from "./internal/role-model-record";

/**
 * "Xóa điển hình": removes an entry entered by mistake, with its evidence files, while no
 * nomination was made from it (the register is the nomination's ground: docs/decisions/0041).
 * Confirmed in a dialog (docs/decisions/0021). The same people as creating; optimistic
 * concurrency on `version`; audited with what was removed.
 */
export async function removeRoleModel(input: RemoveRoleModelInput, step: Step = "write"): Promise<{ removed: true }> {
  const user = await requireUser();
  const { member } = await authorizeRoleModelWrite(user, input.roleModelId);
  return db().$transaction(async (tx) => {
    // Locked so that a nomination made from it meanwhile (which reads it) is seen or waits.
    await tx.$queryRaw`SELECT id FROM "RoleModel" WHERE id = ${input.roleModelId} FOR UPDATE`;
    const before = await tx.roleModel.findUniqueOrThrow({
      where: { id: input.roleModelId },
      select: { ...ROLE_MODEL_SELECT, files: { select: { id: true, originalName: true } }, _count: { select: { nominations: true } } },
    });
    if (before.version !== input.version) throw new AppError("CONFLICT", STALE_ROLE_MODEL);
    const refusal = removalRefusal(before._count.nominations);
    if (refusal) throw new AppError("CONFLICT", refusal);
    stopIfChecking(step);
    // The evidence has no other owner: its files (and their bytes, by cascade) go with the entry.
    await tx.storedFile.deleteMany({ where: { id: { in: before.files.map((f) => f.id) } } });
    await tx.roleModel.delete({ where: { id: before.id } });
    const { files, _count, ...row } = before;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "rolemodel.remove",
      entity: "RoleModel",
      entityId: before.id,
      blocId: member!.blocId,
      before: roleModelSnapshot(
        row,
        files.map((f) => f.originalName),
      ),
    });
    return { removed: true as const };
  });
}
