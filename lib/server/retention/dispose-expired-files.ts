import "server-only";
import type { Step } from "@/lib/forms/step";
import type { DisposeFilesInput } from "@/lib/schemas/retention";
import { writeAudit } from "@/lib/server/audit";
import { stopIfChecking } from "@/lib/server/check-step";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { retentionScope } from "./find-expired-files";
import { expiredFiles } from "./internal/expired-files";

/**
 * Disposes of chosen files past their retention period, in one confirmed step
 * (docs/decisions/0045-file-retention.md): each must still be on the council's list today (its
 * period over, not kept permanently, not disposed of already), else nothing is done. In one
 * transaction: the disposal record (biên bản hủy: who, when, why, the files as they were), the
 * files marked disposed, their bytes deleted — the metadata rows stay — and the audit (the record,
 * and each file in its bloc's log). Returns the record's id and the number of files.
 */
export async function disposeExpiredFiles(input: DisposeFilesInput, step: Step = "write"): Promise<{ disposalId: string; count: number }> {
  const scope = await retentionScope(input.tinh);
  const ids = [...new Set(input.fileIds)];
  const today = todayInVietnam();
  const { rows } = await expiredFiles(scope.provinces, scope.periods, today, { take: ids.length, skip: 0 }, ids);
  if (rows.length !== ids.length) {
    throw new AppError(
      "INVALID_INPUT",
      "Có tệp chưa hết thời hạn lưu trữ, được lưu vĩnh viễn, đã bị hủy hoặc không thuộc phạm vi của Hội đồng: không hủy tệp nào. Vui lòng tải lại danh sách.",
    );
  }
  stopIfChecking(step);

  return db().$transaction(async (tx) => {
    const files = await tx.storedFile.findMany({ where: { id: { in: ids } }, select: { id: true, blocId: true, storageKey: true } });
    const disposal = await tx.fileDisposal.create({
      data: {
        provinceId: scope.current.provinceId,
        disposedById: scope.userId,
        reason: input.reason,
        fileCount: rows.length,
        files: rows.map((r) => ({ ...r })),
      },
      select: { id: true, disposedAt: true },
    });
    // Only files not disposed of meanwhile: another disposal of the same file makes this one stale.
    const { count } = await tx.storedFile.updateMany({
      where: { id: { in: ids }, disposedAt: null },
      data: { disposedAt: disposal.disposedAt, disposalId: disposal.id },
    });
    if (count !== ids.length) throw new AppError("CONFLICT", "Có tệp vừa được hủy trong một biên bản khác. Vui lòng tải lại danh sách.");
    await tx.storedFileContent.deleteMany({ where: { storageKey: { in: files.map((f) => f.storageKey) } } });
    await writeAudit(tx, {
      actorId: scope.userId,
      action: "file.dispose",
      entity: "FileDisposal",
      entityId: disposal.id,
      after: { fileCount: rows.length, files: rows.map((r) => ({ id: r.id, name: r.name, bloc: r.blocCode, year: r.year, keepUntil: r.keepUntil })) },
      reason: input.reason,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const f of files) {
      const r = byId.get(f.id)!;
      await writeAudit(tx, {
        actorId: scope.userId,
        action: "file.dispose",
        entity: "StoredFile",
        entityId: f.id,
        blocId: f.blocId,
        before: { name: r.name, kind: r.kind, year: r.year, keepUntil: r.keepUntil },
        after: { disposalId: disposal.id, disposedOn: today },
        reason: input.reason,
      });
    }
    return { disposalId: disposal.id, count: rows.length };
  });
}
