import "server-only";
import { awardHistory, type HistoryYear } from "@/lib/domain/awards/decision";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface AwardHistoryView {
  agency: { id: string; code: string; name: string };
  /** Years of achievement, newest first; cancelled decisions and rejections give nothing. */
  years: HistoryYear[];
}

/**
 * One agency's awards across every year of the bloc, from the decisions recorded there
 * (lib/domain/awards/decision.ts awardHistory). The agency's own users, and those who read every
 * nomination of the bloc (secretary, chair, council staff), see it; others get FORBIDDEN, and an
 * agency that never was a member of the bloc is NOT_FOUND. Two queries.
 */
export async function findAwardHistory(blocId: string, agencyCode: string): Promise<AwardHistoryView> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const agency = await db().agency.findFirst({
    where: { code: agencyCode, memberships: { some: { blocId } } },
    select: { id: true, code: true, name: true },
  });
  if (!agency) throw new AppError("NOT_FOUND", "Cơ quan này không thuộc khối.");
  authorize(
    user,
    ["nomination:read-all", "nomination:edit:own"],
    { blocId, agencyId: agency.id },
    { forbidden: "Lịch sử khen thưởng chỉ hiển thị cho cơ quan đó và Thư ký, Trưởng khối." },
  );
  const items = await db().decisionItem.findMany({
    where: { agencyId: agency.id, decision: { cycle: { blocId } } },
    select: {
      decisionId: true,
      agencyId: true,
      collectiveName: true,
      personName: true,
      awardFormId: true,
      outcome: true,
      changedToFormId: true,
      awardForm: { select: { id: true, code: true, name: true } },
      changedToForm: { select: { id: true, code: true, name: true } },
      decision: { select: { id: true, number: true, issuedOn: true, cancelledAt: true, cycle: { select: { year: true } } } },
    },
  });
  const decisions = new Map(
    items.map((i) => [
      i.decision.id,
      {
        id: i.decision.id,
        number: i.decision.number,
        issuedOn: isoDay(i.decision.issuedOn),
        year: i.decision.cycle.year,
        cancelled: i.decision.cancelledAt !== null,
      },
    ]),
  );
  const forms = new Map(items.flatMap((i) => [i.awardForm, ...(i.changedToForm ? [i.changedToForm] : [])]).map((f) => [f.id, f]));
  const history = awardHistory(items, [...decisions.values()], [...forms.values()]);
  return { agency, years: history[agency.id] ?? [] };
}
