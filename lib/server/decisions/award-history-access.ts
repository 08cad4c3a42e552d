import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";

export interface AwardHistoryAccess {
  /** Every agency of the bloc (secretary, chair, council staff). */
  all: boolean;
  /** Otherwise the agencies whose history the user reads (their own). */
  agencyIds: string[];
  /** Council staff record and cancel decisions. */
  mayRecord: boolean;
}

/** Which award histories the signed-in user may open in the bloc, for links. No query. */
export async function awardHistoryAccess(blocId: string): Promise<AwardHistoryAccess> {
  const user = await requireUser();
  const all = can(user, "nomination:read-all", { blocId });
  const agencyIds = [
    ...new Set(user.grants.map((g) => g.agencyId).filter((id): id is string => id !== null && can(user, "nomination:edit:own", { blocId, agencyId: id }))),
  ];
  return { all, agencyIds, mayRecord: can(user, "decision:record", { blocId }) };
}
