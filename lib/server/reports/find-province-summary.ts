import "server-only";
import { provinceFamily } from "@/lib/domain/provinces";
import { readSnapshot } from "@/lib/domain/publication";
import { provinceSummary, type ProvinceBlocFacts, type ProvinceSummary, type ProvinceSummaryInput } from "@/lib/domain/reports/province-summary";
import { isoDay } from "@/lib/format";
import { pickRegister, registerChoices, type RegisterChoice } from "@/lib/server/agency-register/find-agency-register";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";

export interface ProvinceSummaryView {
  /** The provinces (and the central level) the caller may choose, as the agency register offers them. */
  registers: RegisterChoice[];
  current: RegisterChoice;
  input: ProvinceSummaryInput;
  summary: ProvinceSummary;
}

const COUNCIL_ONLY = "Báo cáo tổng hợp các khối, cụm thi đua chỉ dành cho cán bộ Hội đồng Thi đua - Khen thưởng.";

/**
 * The province summary across blocs for one year (lib/domain/reports/province-summary.ts): the
 * blocs of a province with those of the provinces it absorbed, or the central blocs, for council
 * staff of that scope and system administrators (docs/decisions/0010, 0011). `key` picks the
 * province as the agency register does (default: the caller's first); one out of scope is
 * NOT_FOUND, anyone else FORBIDDEN. Four queries whatever the number of blocs.
 */
export async function findProvinceSummary(key: string | null, year: number): Promise<ProvinceSummaryView> {
  const user = await requireUser();
  const nodes = await provinceNodes();
  const registers = registerChoices(user, nodes);
  if (registers.length === 0) throw new AppError("FORBIDDEN", COUNCIL_ONLY);
  const current = pickRegister(user, nodes, registers, key);
  authorize(user, "nomination:read-all", { provinceId: current.provinceId }, { forbidden: COUNCIL_ONLY });
  const family = current.provinceId === null ? null : provinceFamily(nodes, current.provinceId);

  const blocs = await db().bloc.findMany({
    where: family === null ? { provinceId: null } : { provinceId: { in: family } },
    select: {
      code: true,
      name: true,
      memberships: { where: { year }, select: { agencyId: true } },
      cycles: {
        where: { year },
        select: {
          registrations: { where: { status: { in: ["SUBMITTED", "ACCEPTED"] } }, select: { agencyId: true } },
          pledges: {
            where: { status: "LOCKED" },
            orderBy: { version: "desc" },
            take: 1,
            select: { version: true, signatures: { select: { agencyId: true } } },
          },
          publications: { orderBy: { version: "desc" }, take: 1, select: { id: true, version: true } },
          meetings: { where: { kind: "YEAR_END_CONFERENCE" }, orderBy: { heldOn: "desc" }, take: 1, select: { heldOn: true } },
          nominations: { where: { status: "SENT" }, select: { awardForm: { select: { name: true, order: true } } } },
          decisions: { where: { cancelledAt: null }, select: { items: { select: { outcome: true } } } },
        },
      },
    },
  });
  // The latest snapshots in one read, for the leaders (rank 1 of the published ranking).
  const publicationIds = blocs.flatMap((b) => b.cycles.flatMap((c) => c.publications.map((p) => p.id)));
  const snapshots = await db().resultPublication.findMany({ where: { id: { in: publicationIds } }, select: { id: true, snapshot: true } });
  const leadersOf = new Map(snapshots.map((s) => [s.id, (readSnapshot(s.snapshot)?.rows ?? []).filter((r) => r.rank === 1).map((r) => r.agencyName)]));

  const facts: ProvinceBlocFacts[] = blocs.map((b) => {
    const c = b.cycles[0];
    if (!c) return { code: b.code, name: b.name, year: null };
    // Only the year's members count: a row of an agency that has left is not the bloc's.
    const members = new Set(b.memberships.map((m) => m.agencyId));
    const pledge = c.pledges[0];
    const publication = c.publications[0];
    const forms = new Map<string, { formName: string; formOrder: number; count: number }>();
    for (const n of c.nominations) {
      const f = forms.get(n.awardForm.name) ?? { formName: n.awardForm.name, formOrder: n.awardForm.order, count: 0 };
      f.count += 1;
      forms.set(n.awardForm.name, f);
    }
    return {
      code: b.code,
      name: b.name,
      year: {
        members: members.size,
        registrationsSent: c.registrations.filter((r) => members.has(r.agencyId)).length,
        pledge: pledge ? { version: pledge.version, signed: pledge.signatures.filter((s) => members.has(s.agencyId)).length } : null,
        publication: publication ? { version: publication.version, leaders: leadersOf.get(publication.id) ?? [] } : null,
        conferenceOn: c.meetings[0] ? isoDay(c.meetings[0].heldOn) : null,
        nominations: [...forms.values()],
        decisions: { recorded: c.decisions.length, awarded: c.decisions.flatMap((d) => d.items).filter((i) => i.outcome !== "REJECTED").length },
      },
    };
  });
  const input: ProvinceSummaryInput = { scopeName: current.label, isCentral: current.provinceId === null, year, today: todayInVietnam(), blocs: facts };
  return { registers, current, input, summary: provinceSummary(input) };
}
