import "server-only";
import { can } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface RegistrationRow {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  /** null: the agency has not started a registration. */
  registrationId: string | null;
  /** What a review form sends back (optimistic concurrency); 0 without a registration. */
  version: number;
  /** null: the agency has not started a registration. */
  status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | null;
  titles: string[];
  targetCount: number;
  submittedAt: Date | null;
  returnReason: string | null;
}

export interface RegistrationOverview {
  /** ALL members, only the caller's OWN agency, or NONE (e.g. an observer). */
  scope: "ALL" | "OWN" | "NONE";
  rows: RegistrationRow[];
}

/**
 * One row per member agency of `year` the caller may see: every member with
 * "registration:read-all", otherwise only the agencies the caller works for.
 * Two queries; the registration query is scoped to the visible agencies.
 */
export async function findRegistrations(blocId: string, year: number): Promise<RegistrationOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const isAll = can(user, "registration:read-all", { blocId });

  const members = await db().membership.findMany({
    where: { blocId, year },
    select: { agency: { select: { id: true, code: true, name: true } } },
  });
  const visible = members.map((m) => m.agency).filter((a) => isAll || can(user, "registration:edit:own", { blocId, agencyId: a.id }));
  if (visible.length === 0) return { scope: isAll ? "ALL" : "NONE", rows: [] };

  const registrations = await db().registration.findMany({
    where: { cycle: { blocId, year }, agencyId: { in: visible.map((a) => a.id) } },
    select: {
      id: true,
      agencyId: true,
      status: true,
      version: true,
      _count: { select: { targets: true } },
      submittedAt: true,
      returnReason: true,
      titles: { select: { awardForm: { select: { name: true, order: true } } } },
    },
  });
  const byAgency = new Map(registrations.map((r) => [r.agencyId, r]));
  const rows = visible.map((a): RegistrationRow => {
    const r = byAgency.get(a.id);
    return {
      agencyId: a.id,
      agencyCode: a.code,
      agencyName: a.name,
      registrationId: r?.id ?? null,
      version: r?.version ?? 0,
      status: r?.status ?? null,
      titles: (r?.titles ?? [])
        .map((t) => t.awardForm)
        .sort((x, y) => x.order - y.order)
        .map((f) => f.name),
      targetCount: r?._count.targets ?? 0,
      submittedAt: r?.submittedAt ?? null,
      returnReason: r?.status === "RETURNED" ? r.returnReason : null,
    };
  });
  return { scope: isAll ? "ALL" : "OWN", rows: sortVi(rows, (r) => r.agencyName) };
}
