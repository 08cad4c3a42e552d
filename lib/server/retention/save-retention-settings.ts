import "server-only";
import { FILE_KINDS } from "@/lib/domain/retention";
import type { SaveRetentionInput } from "@/lib/schemas/retention";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { retentionScope } from "./find-expired-files";

/**
 * Saves a council's own retention period for each kind of file (docs/decisions/0045-file-retention.md):
 * council staff of the scope and system administrators. The six periods are written together,
 * replacing the council's previous ones, in one transaction with the audit (before and after).
 */
export async function saveRetentionSettings(input: SaveRetentionInput): Promise<void> {
  const scope = await retentionScope(input.tinh);
  const provinceId = scope.current.provinceId;
  const after = Object.fromEntries(FILE_KINDS.map((k) => [k, input[`years.${k}`]]));
  await db().$transaction(async (tx) => {
    const before = await tx.retentionSetting.findMany({ where: { provinceId }, select: { id: true, kind: true, years: true } });
    await tx.retentionSetting.deleteMany({ where: { provinceId } });
    await tx.retentionSetting.createMany({ data: FILE_KINDS.map((kind) => ({ provinceId, kind, years: input[`years.${kind}`], updatedById: scope.userId })) });
    await writeAudit(tx, {
      actorId: scope.userId,
      action: "retention.save",
      entity: "RetentionSetting",
      entityId: provinceId ?? "central",
      before: before.length ? Object.fromEntries(before.map((b) => [b.kind, b.years])) : scope.periods,
      after,
    });
  });
}
