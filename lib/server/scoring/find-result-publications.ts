import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface PublicationRow {
  id: string;
  version: number;
  publishedAt: Date;
  reason: string | null;
  /** Since when it can be read without signing in (/cong-khai), or null. */
  publicSince: Date | null;
}

/** The published result versions of the cycle, newest first, and which one is public (the snapshots themselves are not read). */
export async function findResultPublications(blocId: string, year: number): Promise<PublicationRow[] | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  if (!can(user, "results:read", { blocId })) return null;
  const rows = await db().resultPublication.findMany({
    where: { cycle: { blocId, year } },
    select: { id: true, version: true, publishedAt: true, reason: true, publicity: { select: { since: true } } },
    orderBy: { version: "desc" },
  });
  return rows.map(({ publicity, ...r }) => ({ ...r, publicSince: publicity?.since ?? null }));
}
