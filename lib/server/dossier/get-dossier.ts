import "server-only";
import { isPartyBloc } from "@/lib/documents/pledge-layout";
import { awardHistory } from "@/lib/domain/awards/decision";
import type { DossierAgencyFacts, DossierData, DossierMeeting } from "@/lib/domain/dossier-types";
import { readSnapshot } from "@/lib/domain/publication";
import { buildVoteMinutes, type TallyResult } from "@/lib/domain/voting";
import { compareVi, formatNumber, isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** A stored tally this code reads (lib/domain/voting/tally.ts, version 1), else null. */
function readTally(json: Prisma.JsonValue | null): TallyResult | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const r = json as Partial<TallyResult>;
  return r.version === 1 && Array.isArray(r.candidates) && r.members && r.ballots && r.threshold ? (r as TallyResult) : null;
}

/**
 * Everything the dossier's documents are filled from, for those who assemble or read the whole
 * dossier: the chair ("nomination:review") and readers of every nomination (secretary, council
 * staff). Agencies and observers are FORBIDDEN; an unreachable bloc or year is NOT_FOUND.
 * Eight queries whatever the number of nominees.
 */
export async function getDossier(blocId: string, year: number): Promise<DossierData> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  authorize(
    user,
    ["nomination:review", "nomination:read-all"],
    { blocId },
    { forbidden: "Hồ sơ đề nghị khen thưởng chỉ dành cho Trưởng khối, Thư ký khối và cán bộ Hội đồng Thi đua - Khen thưởng." },
  );
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId, year } },
    select: {
      id: true,
      bloc: {
        select: {
          name: true,
          kind: true,
          level: true,
          province: { select: { name: true } },
          memberships: { where: { year }, select: { agency: { select: { type: true } } } },
        },
      },
    },
  });
  if (!cycle) throw new AppError("NOT_FOUND", `Khối chưa có năm thi đua ${year}.`);

  const nominations = await db().nomination.findMany({
    where: { cycleId: cycle.id, status: "SENT" },
    select: {
      id: true,
      target: true,
      agencyId: true,
      collectiveName: true,
      personName: true,
      personPosition: true,
      achievements: true,
      priority: true,
      agency: { select: { name: true } },
      awardForm: { select: { id: true, name: true, order: true, authorityName: true, authorityKind: true } },
    },
  });
  const agencyIds = [...new Set(nominations.map((n) => n.agencyId))];
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));

  const [meeting, publication, registrations, signatures, head, pastItems] = await Promise.all([
    db().meeting.findFirst({
      where: { cycleId: cycle.id, kind: "YEAR_END_CONFERENCE" },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: {
        heldOn: true,
        place: true,
        chairName: true,
        secretaryName: true,
        agenda: true,
        notes: true,
        attendances: { select: { status: true, representativeName: true, absenceReason: true, agency: { select: { name: true } } } },
        votes: {
          where: { status: "CLOSED" },
          orderBy: [{ closedAt: "asc" }, { round: "asc" }],
          select: {
            title: true,
            kind: true,
            method: true,
            committee: true,
            result: true,
            ballotsIssued: true,
            ballotsReturned: true,
            ballotsValid: true,
            ballotsInvalid: true,
            awardForm: { select: { name: true } },
            candidates: { orderBy: { order: "asc" }, select: { order: true, personName: true, paperVotes: true, agency: { select: { name: true } } } },
          },
        },
      },
    }),
    db().resultPublication.findFirst({ where: { cycleId: cycle.id }, orderBy: { version: "desc" }, select: { version: true, snapshot: true } }),
    db().registration.findMany({
      where: { cycleId: cycle.id, agencyId: { in: agencyIds } },
      select: {
        agencyId: true,
        status: true,
        titles: { select: { awardForm: { select: { name: true, order: true } } } },
        targets: { orderBy: { order: "asc" }, select: { text: true } },
      },
    }),
    db().pledgeSignature.findMany({
      where: { agencyId: { in: agencyIds }, pledge: { cycleId: cycle.id, status: "LOCKED" } },
      select: { agencyId: true, signedOn: true },
    }),
    db().officerTerm.findFirst({
      where: { blocId, role: "HEAD", startsOn: { lte: yearEnd }, endsOn: { gte: yearStart } },
      orderBy: { startsOn: "desc" },
      select: { personName: true, agency: { select: { name: true } } },
    }),
    db().decisionItem.findMany({
      where: { agencyId: { in: agencyIds }, decision: { cycle: { blocId, year: { lt: year } } } },
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
    }),
  ]);

  const blocName = cycle.bloc.name;
  const snapshot = publication ? readSnapshot(publication.snapshot) : null;
  const resultOf = new Map((snapshot?.rows ?? []).map((r) => [r.agencyId, r]));
  const regOf = new Map(registrations.map((r) => [r.agencyId, r]));
  const signedOf = new Map(signatures.map((s) => [s.agencyId, isoDay(s.signedOn)]));
  const decisions = new Map(
    pastItems.map((i) => [
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
  const forms = new Map(pastItems.flatMap((i) => [i.awardForm, ...(i.changedToForm ? [i.changedToForm] : [])]).map((f) => [f.id, f]));
  const history = awardHistory(pastItems, [...decisions.values()], [...forms.values()]);

  const facts: Record<string, DossierAgencyFacts> = {};
  for (const agencyId of agencyIds) {
    const r = resultOf.get(agencyId);
    const reg = regOf.get(agencyId);
    facts[agencyId] = {
      result: r && snapshot ? { rank: r.rank, total: r.total, bandLabel: r.bandLabel, publicationVersion: snapshot.version } : null,
      registration: reg
        ? {
            status: reg.status,
            titles: reg.titles.sort((a, b) => a.awardForm.order - b.awardForm.order).map((t) => t.awardForm.name),
            targets: reg.targets.map((t) => t.text),
          }
        : null,
      pledgeSignedOn: signedOf.get(agencyId) ?? null,
      pastAwards: (history[agencyId] ?? []).flatMap((y) =>
        y.awards.map((a) => ({
          year: y.year,
          text: `${a.name ?? a.code ?? "—"}${a.recipient.kind === "AGENCY" ? "" : ` (${a.recipient.name})`} — Quyết định số ${a.decisionNumber}`,
        })),
      ),
    };
  }

  const candidateName = (c: { personName: string | null; agency: { name: string } | null }) =>
    c.personName && c.agency ? `${c.personName} (${c.agency.name})` : (c.personName ?? c.agency?.name ?? "—");
  const voteMinutes: DossierData["voteMinutes"] = [];
  const voteOutcomes: DossierMeeting["voteOutcomes"] = [];
  for (const v of meeting?.votes ?? []) {
    const tally = readTally(v.result);
    if (tally) {
      const m = buildVoteMinutes({
        vote: { title: v.title, kind: v.kind, method: v.method, committee: v.committee, awardFormName: v.awardForm?.name ?? null },
        meeting: { heldOn: meeting!.heldOn, place: meeting!.place, chairName: meeting!.chairName, secretaryName: meeting!.secretaryName },
        blocName,
        result: tally,
      });
      voteMinutes.push({ title: m.purpose, lines: m.lines.filter((l) => l !== m.blocLine && l !== m.title && l !== m.purpose) });
      voteOutcomes.push({ title: v.title, outcome: m.outcomeText });
    } else {
      // A closed vote whose tally this code cannot read: the recorded counts, as they are.
      const n = (x: number | null) => formatNumber(x);
      voteMinutes.push({
        title: v.title,
        lines: [
          `Số phiếu phát ra: ${n(v.ballotsIssued)}; thu về: ${n(v.ballotsReturned)}; hợp lệ: ${n(v.ballotsValid)}; không hợp lệ: ${n(v.ballotsInvalid)}.`,
          ...v.candidates.map((c) => `${c.order}. ${candidateName(c)}: ${n(c.paperVotes)} phiếu.`),
        ],
      });
      voteOutcomes.push({ title: v.title, outcome: "xem biên bản kiểm phiếu." });
    }
  }

  return {
    bloc: {
      name: blocName,
      kind: cycle.bloc.kind,
      level: cycle.bloc.level,
      isParty: isPartyBloc(
        blocName,
        cycle.bloc.memberships.map((m) => m.agency.type),
      ),
      province: cycle.bloc.province?.name ?? null,
    },
    year,
    memberCount: cycle.bloc.memberships.length,
    head: head ? { agencyName: head.agency.name, personName: head.personName } : null,
    nominees: nominations.map((n) => ({
      id: n.id,
      target: n.target,
      agencyId: n.agencyId,
      agencyName: n.agency.name,
      collectiveName: n.collectiveName,
      personName: n.personName,
      personPosition: n.personPosition,
      achievements: n.achievements,
      awardFormId: n.awardForm.id,
      awardFormName: n.awardForm.name,
      awardFormOrder: n.awardForm.order,
      authorityName: n.awardForm.authorityName,
      authorityKind: n.awardForm.authorityKind,
      priority: n.priority,
    })),
    meeting: meeting && {
      heldOn: isoDay(meeting.heldOn),
      place: meeting.place,
      chairName: meeting.chairName,
      secretaryName: meeting.secretaryName,
      agenda: meeting.agenda,
      notes: meeting.notes,
      attendance: meeting.attendances
        .map((a) => ({ agencyName: a.agency.name, status: a.status, representativeName: a.representativeName, absenceReason: a.absenceReason }))
        .sort((a, b) => compareVi(a.agencyName, b.agencyName)),
      voteOutcomes,
    },
    voteMinutes,
    facts,
  };
}
