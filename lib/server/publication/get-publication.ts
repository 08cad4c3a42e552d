import "server-only";
import { readSnapshot, type PublicationSnapshot } from "@/lib/domain/publication";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface PublicationView {
  id: string;
  version: number;
  reason: string | null;
  publishedAt: Date;
  publishedByName: string | null;
  /** The highest version of the cycle: a lower one has been corrected. */
  latestVersion: number;
  snapshot: PublicationSnapshot;
}

/**
 * One published version, as it was published. Published results are public to the bloc: anyone
 * with "results:read" there (agency users see every agency, observers too). NOT_FOUND for an
 * unreachable bloc or a version that does not exist. Two queries.
 */
export async function getPublication(blocId: string, year: number, version: number): Promise<PublicationView> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  authorize(user, "results:read", { blocId }, { forbidden: "Bạn không có quyền xem kết quả của khối này." });
  const where = { cycle: { blocId, year } };
  const [row, latest] = await Promise.all([
    db().resultPublication.findFirst({
      where: { ...where, version },
      select: { id: true, version: true, reason: true, publishedAt: true, publishedById: true, snapshot: true },
    }),
    db().resultPublication.aggregate({ where, _max: { version: true } }),
  ]);
  if (!row) throw new AppError("NOT_FOUND", `Không có bản công bố phiên bản ${version}.`);
  const snapshot = readSnapshot(row.snapshot);
  if (!snapshot) throw new Error(`ResultPublication ${row.id}: unreadable snapshot`);
  const by = row.publishedById ? await db().user.findUnique({ where: { id: row.publishedById }, select: { name: true } }) : null;
  return {
    id: row.id,
    version: row.version,
    reason: row.reason,
    publishedAt: row.publishedAt,
    publishedByName: by?.name ?? null,
    latestVersion: latest._max.version ?? row.version,
    snapshot,
  };
}
