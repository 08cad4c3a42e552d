import "server-only";
import { compareVi, isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface DecisionItemRow {
  id: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  collectiveName: string | null;
  personName: string | null;
  awardFormName: string;
  outcome: "APPROVED" | "CHANGED" | "REJECTED";
  changedToFormName: string | null;
  reason: string | null;
}

export interface DecisionRow {
  id: string;
  number: string;
  issuedOn: string;
  signer: string;
  authorityName: string;
  cancelled: { at: Date; reason: string | null; ref: string | null } | null;
  items: DecisionItemRow[];
}

/**
 * Award decisions for the cycle's year, oldest first, with their items.
 * Decisions are published acts, so every reader of the bloc sees them. One query.
 */
export async function findDecisions(blocId: string, year: number): Promise<DecisionRow[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const decisions = await db().decision.findMany({
    where: { cycle: { blocId, year } },
    select: {
      id: true,
      number: true,
      issuedOn: true,
      signer: true,
      authorityName: true,
      cancelledAt: true,
      cancelReason: true,
      cancelRef: true,
      items: {
        select: {
          id: true,
          collectiveName: true,
          personName: true,
          outcome: true,
          reason: true,
          agency: { select: { id: true, code: true, name: true } },
          awardForm: { select: { name: true, order: true } },
          changedToForm: { select: { name: true } },
        },
      },
    },
    orderBy: [{ issuedOn: "asc" }, { number: "asc" }],
  });
  return decisions.map((d) => ({
    id: d.id,
    number: d.number,
    issuedOn: isoDay(d.issuedOn),
    signer: d.signer,
    authorityName: d.authorityName,
    cancelled: d.cancelledAt ? { at: d.cancelledAt, reason: d.cancelReason, ref: d.cancelRef } : null,
    items: d.items
      .sort((a, b) => a.awardForm.order - b.awardForm.order || compareVi(a.agency.name, b.agency.name))
      .map((i) => ({
        id: i.id,
        agencyId: i.agency.id,
        agencyCode: i.agency.code,
        agencyName: i.agency.name,
        collectiveName: i.collectiveName,
        personName: i.personName,
        awardFormName: i.awardForm.name,
        outcome: i.outcome,
        changedToFormName: i.changedToForm?.name ?? null,
        reason: i.reason,
      })),
  }));
}
