import "server-only";
import { nomineeName } from "@/lib/domain/dossier-nominees";
import { can } from "@/lib/domain/permissions";
import { readSnapshot } from "@/lib/domain/publication";
import { REPORT_READERS_ONLY, reportEditCheck } from "@/lib/domain/reports/year-end-edit";
import type { YearEndReportInput } from "@/lib/domain/reports/year-end-types";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { todayInVietnam } from "@/lib/server/clock";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { phaseWindow } from "@/lib/server/cycles/phase-snapshot";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface YearEndReportView {
  cycleId: string;
  /** Everything the report is drawn from (lib/domain/reports/year-end-document.ts). */
  input: YearEndReportInput;
  /** The saved text's version, 0 before the first save: the form's concurrency token. */
  version: number;
  updatedAt: string | null;
  /** The secretary or chair, while the year is not archived. */
  canEdit: boolean;
  /** Why the text can no longer change (the year is archived); null while it can. */
  closedReason: string | null;
}

/**
 * The bloc's year-end report: the year's data and the written text, for the readers of every
 * agency's records — the chair, the secretary and council staff of the bloc's province, as the
 * proposal dossier (docs/decisions/0032-year-end-report.md). Agencies and observers are
 * FORBIDDEN; an unreachable bloc or a year not opened is NOT_FOUND. Six queries whatever the
 * bloc's size, and the conference minutes' own reads when a year-end conference was recorded.
 */
export async function getYearEndReport(blocId: string, year: number): Promise<YearEndReportView> {
  const user = await requireUser();
  authorize(user, "nomination:read-all", { blocId }, { forbidden: REPORT_READERS_ONLY });
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));
  const [cycle, memberships, officers, letterhead] = await Promise.all([
    db().cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        id: true,
        theme: true,
        phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } },
        bloc: { select: { organiser: true } },
        documentNumbers: { where: { document: "YEAR_END_REPORT" }, select: { symbol: true } },
        yearEndReport: { select: { assessment: true, shortcomings: true, directions: true, version: true, updatedAt: true } },
        registrations: { select: { agencyId: true, status: true, titles: { select: { awardForm: { select: { name: true, order: true } } } } } },
        meetings: { select: { id: true, kind: true, heldOn: true, place: true }, orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }] },
        publications: { orderBy: { version: "desc" }, take: 1, select: { version: true, publishedAt: true, snapshot: true } },
        pledges: {
          where: { status: "LOCKED" },
          orderBy: { version: "desc" },
          take: 1,
          select: {
            version: true,
            signatures: { select: { agencyId: true, signedOn: true } },
            commitments: { select: { progress: { select: { agencyId: true, status: true } } } },
          },
        },
        nominations: {
          where: { status: "SENT" },
          select: {
            personName: true,
            personPosition: true,
            collectiveName: true,
            agency: { select: { name: true } },
            awardForm: { select: { name: true, order: true } },
          },
        },
        // The role-model register (docs/decisions/0041): a nested select, read in the cycle's one query.
        roleModels: {
          select: {
            target: true,
            stage: true,
            collectiveName: true,
            personName: true,
            agency: { select: { name: true } },
            // "Proposed for an award": a nomination made from the entry that left the agency (proposed or sent).
            nominations: { where: { status: { in: ["PROPOSED", "SENT"] } }, select: { awardForm: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
          },
        },
        decisions: {
          orderBy: [{ issuedOn: "asc" }, { createdAt: "asc" }],
          select: { number: true, issuedOn: true, authorityName: true, cancelledAt: true, items: { select: { outcome: true } } },
        },
      },
    }),
    db().membership.findMany({ where: { blocId, year }, select: { agencyId: true, joinedOn: true, leftOn: true, agency: { select: { name: true } } } }),
    db().officerTerm.findMany({
      where: { blocId, startsOn: { lte: yearEnd }, endsOn: { gte: yearStart } },
      orderBy: { startsOn: "desc" },
      select: { role: true, personName: true, agency: { select: { name: true } } },
    }),
    blocLetterhead(blocId, year),
  ]);
  if (!cycle || !letterhead) throw new AppError("NOT_FOUND", `Khối chưa lập năm thi đua ${year}.`);

  const conferenceMeeting = cycle.meetings.find((m) => m.kind === "YEAR_END_CONFERENCE");
  const midYear = cycle.meetings.find((m) => m.kind === "MID_YEAR_REVIEW");
  // The conference as its minutes read it (one way to count attendance and read a vote's outcome).
  const minutes = conferenceMeeting ? await getConferenceMinutes(blocId, year, conferenceMeeting.id) : null;
  const snapshot = cycle.publications[0] ? readSnapshot(cycle.publications[0].snapshot) : null;
  const pledge = cycle.pledges[0];
  const edit = reportEditCheck(cycle.phases.map(phaseWindow), year, todayInVietnam());
  const saved = cycle.yearEndReport;
  // Terms are newest first: the term in force at the year's end speaks for the year.
  const officerOf = (role: "HEAD" | "DEPUTY") => officers.find((o) => o.role === role);

  const input: YearEndReportInput = {
    letterhead,
    number: cycle.documentNumbers[0]?.symbol ?? null,
    organiser: cycle.bloc.organiser,
    year,
    theme: cycle.theme,
    members: sortVi(
      memberships.map((m) => ({
        agencyId: m.agencyId,
        name: m.agency.name,
        joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null,
        leftOn: m.leftOn ? isoDay(m.leftOn) : null,
      })),
      (m) => m.name,
    ),
    officers: (["HEAD", "DEPUTY"] as const).flatMap((role) => {
      const o = officerOf(role);
      return o ? [{ role, agencyName: o.agency.name, personName: o.personName }] : [];
    }),
    registrations: cycle.registrations.map((r) => ({
      agencyId: r.agencyId,
      status: r.status,
      titles: r.titles.sort((a, b) => a.awardForm.order - b.awardForm.order).map((t) => t.awardForm.name),
    })),
    pledge: pledge
      ? {
          version: pledge.version,
          commitments: pledge.commitments.length,
          signatures: pledge.signatures.map((s) => ({ agencyId: s.agencyId, signedOn: isoDay(s.signedOn) })),
          progress: pledge.commitments.flatMap((c) => c.progress),
        }
      : null,
    midYearMeeting: midYear ? { heldOn: isoDay(midYear.heldOn), place: midYear.place } : null,
    publication:
      snapshot && cycle.publications[0]
        ? {
            version: snapshot.version,
            publishedOn: isoDay(cycle.publications[0].publishedAt),
            rows: snapshot.rows.map((r) => ({ rank: r.rank, agencyName: r.agencyName, total: r.total, bandLabel: r.bandLabel })),
            excluded: snapshot.excluded,
          }
        : null,
    conference: minutes && {
      heldOn: minutes.heldOn,
      place: minutes.place,
      present: minutes.present.length,
      represented: minutes.represented.length,
      absent: minutes.absent.length,
      unrecorded: minutes.unrecorded.length,
      votes: minutes.votes,
    },
    nominations: cycle.nominations.map((n) => ({
      formName: n.awardForm.name,
      formOrder: n.awardForm.order,
      nominee: nomineeName({ personName: n.personName, personPosition: n.personPosition, collectiveName: n.collectiveName, agencyName: n.agency.name }),
    })),
    decisions: cycle.decisions.map((d) => ({
      number: d.number,
      issuedOn: isoDay(d.issuedOn),
      authorityName: d.authorityName,
      cancelled: d.cancelledAt !== null,
      items: d.items,
    })),
    roleModels: cycle.roleModels.map((r) => ({
      target: r.target,
      stage: r.stage,
      name: r.personName ?? r.collectiveName ?? r.agency.name,
      agencyName: r.agency.name,
      proposedFor: r.nominations.map((x) => x.awardForm.name),
    })),
    text: { assessment: saved?.assessment ?? "", shortcomings: saved?.shortcomings ?? "", directions: saved?.directions ?? "" },
  };
  return {
    cycleId: cycle.id,
    input,
    version: saved?.version ?? 0,
    updatedAt: saved ? saved.updatedAt.toISOString() : null,
    canEdit: edit.open && can(user, "cycle:manage", { blocId }),
    closedReason: edit.open ? null : edit.reason,
  };
}
