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
}

/** The published result versions of the cycle, newest first (the snapshots themselves are not read). One query. */
export async function findResultPublications(blocId: string, year: number): Promise<PublicationRow[] | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  if (!can(user, "results:read", { blocId })) return null;
  return db().resultPublication.findMany({
    where: { cycle: { blocId, year } },
    select: { id: true, version: true, publishedAt: true, reason: true },
    orderBy: { version: "desc" },
  });
}
