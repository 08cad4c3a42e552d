import "server-only";
import type { Step } from "@/lib/forms/step";
import type { SetResultPublicityInput } from "@/lib/schemas/publication";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * The chair makes one published version of the year public (công khai), or withdraws it: a public
 * version can be read without signing in at /cong-khai (its ranking and bands only,
 * lib/domain/public-results.ts). Only a published version can be public, and only one version of
 * a year at a time: making a correction public withdraws the older one. Both are audited; a
 * withdrawal may give its reason (docs/decisions/0024-public-results.md).
 */
export async function setResultPublicity(input: SetResultPublicityInput, step: Step = "write"): Promise<{ isPublic: boolean }> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { blocId_year: { blocId: input.blocId, year: input.year } }, select: { id: true, blocId: true } });
  if (!cycle) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  authorize(user, "bloc:read", { blocId: cycle.blocId }, { notFound: "Không tìm thấy năm thi đua này." });
  authorize(user, "results:publish", { blocId: cycle.blocId }, { forbidden: "Chỉ Trưởng khối được công khai kết quả." });

  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
    const publication = await tx.resultPublication.findUnique({
      where: { cycleId_version: { cycleId: cycle.id, version: input.version } },
      select: { id: true, version: true },
    });
    if (!publication) throw new AppError("NOT_FOUND", `Không có bản công bố phiên bản ${input.version}.`);
    const publicNow = await tx.publicResult.findMany({
      where: { publication: { cycleId: cycle.id } },
      select: { publicationId: true, since: true, publication: { select: { version: true } } },
    });
    const already = publicNow.some((p) => p.publicationId === publication.id);
    if (input.makePublic && already) throw new AppError("CONFLICT", `Bản công bố phiên bản ${input.version} đã được công khai.`);
    if (!input.makePublic && !already) throw new AppError("CONFLICT", `Bản công bố phiên bản ${input.version} không ở trạng thái công khai.`);
    stopIfChecking(step);

    const before = publicNow.length ? { isPublic: true, version: publicNow[0]!.publication.version, since: publicNow[0]!.since } : { isPublic: false };
    await tx.publicResult.deleteMany({ where: { publicationId: { in: publicNow.map((p) => p.publicationId) } } });
    if (input.makePublic) await tx.publicResult.create({ data: { publicationId: publication.id, madePublicById: user.userId } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: input.makePublic ? "results.make-public" : "results.withdraw-public",
      entity: "PublicResult",
      entityId: publication.id,
      blocId: cycle.blocId,
      before,
      after: input.makePublic ? { isPublic: true, version: publication.version } : { isPublic: false },
      reason: input.reason,
    });
    return { isPublic: input.makePublic };
  });
}
