import "server-only";
import type { DecisionDocData } from "@/lib/documents/decision-docx";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

const NOT_FOUND = "Không tìm thấy quyết định này.";

/**
 * One recorded award decision of the bloc-year as a document (the .docx). Decisions are published
 * acts: every reader of the bloc sees them, as on the decisions page (findDecisions). A decision of
 * another bloc or year is NOT_FOUND. Three queries.
 */
export async function getDecision(blocId: string, year: number, decisionId: string): Promise<DecisionDocData> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId }, { notFound: NOT_FOUND });
  const [decision, letterhead] = await Promise.all([
    db().decision.findFirst({
      where: { id: decisionId, cycle: { blocId, year } },
      select: {
        number: true,
        issuedOn: true,
        signer: true,
        authorityKind: true,
        authorityName: true,
        cancelledAt: true,
        cancelReason: true,
        cancelRef: true,
        items: {
          select: {
            collectiveName: true,
            personName: true,
            outcome: true,
            agency: { select: { name: true } },
            awardForm: { select: { name: true, order: true } },
            changedToForm: { select: { name: true } },
          },
        },
      },
    }),
    blocLetterhead(blocId, year),
  ]);
  if (!decision || !letterhead) throw new AppError("NOT_FOUND", NOT_FOUND);
  return {
    year,
    letterhead,
    number: decision.number,
    issuedOn: isoDay(decision.issuedOn),
    signer: decision.signer,
    authorityKind: decision.authorityKind,
    authorityName: decision.authorityName,
    cancelled: decision.cancelledAt ? { on: isoDay(decision.cancelledAt), reason: decision.cancelReason, ref: decision.cancelRef } : null,
    items: decision.items.map((i) => ({
      agencyName: i.agency.name,
      collectiveName: i.collectiveName,
      personName: i.personName,
      awardFormName: i.awardForm.name,
      awardFormOrder: i.awardForm.order,
      outcome: i.outcome,
      changedToFormName: i.changedToForm?.name ?? null,
    })),
  };
}
