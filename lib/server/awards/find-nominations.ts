import "server-only";
import { can } from "@/lib/domain/permissions";
import { compareVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface NominationRow {
  id: string;
  awardFormName: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  agencyName: string;
  collectiveName: string | null;
  personName: string | null;
  personPosition: string | null;
  status: "DRAFT" | "PROPOSED" | "SENT" | "RETURNED" | "REJECTED";
  priority: number;
  statusReason: string | null;
}

export interface NominationOverview {
  /** ALL nominations, only the caller's OWN agency's, or NONE (e.g. an observer). */
  scope: "ALL" | "OWN" | "NONE";
  rows: NominationRow[];
}

/**
 * Nominations of the cycle, by award form then priority: all of them with
 * "nomination:read-all", otherwise only the caller's own agency's (the
 * filter is in the query). Two queries at most.
 */
export async function findNominations(blocId: string, year: number): Promise<NominationOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const isAll = can(user, "nomination:read-all", { blocId });
  let agencyFilter: { in: string[] } | undefined;
  if (!isAll) {
    const own = [...new Set(user.grants.map((g) => g.agencyId).filter((id): id is string => id !== null))].filter((agencyId) =>
      can(user, "nomination:edit:own", { blocId, agencyId }),
    );
    if (own.length === 0) return { scope: "NONE", rows: [] };
    agencyFilter = { in: own };
  }
  const rows = await db().nomination.findMany({
    where: { cycle: { blocId, year }, agencyId: agencyFilter },
    select: {
      id: true,
      target: true,
      collectiveName: true,
      personName: true,
      personPosition: true,
      status: true,
      priority: true,
      statusReason: true,
      agency: { select: { name: true } },
      awardForm: { select: { name: true, order: true } },
    },
  });
  return {
    scope: isAll ? "ALL" : "OWN",
    rows: rows
      .sort((a, b) => a.awardForm.order - b.awardForm.order || a.priority - b.priority || compareVi(a.agency.name, b.agency.name))
      .map(({ agency, awardForm, ...n }) => ({ ...n, agencyName: agency.name, awardFormName: awardForm.name })),
  };
}
