import "server-only";
import { COMMITMENT_TARGET_SELECT } from "@/lib/server/pledges/commitment-select";
import type { Dossier } from "@/lib/documents/dossier-docx";
import type { VoteMinutesDocument } from "@/lib/documents/minutes-docx";
import { isPartyBloc } from "@/lib/documents/pledge-layout";
import { isEmulationTitle } from "@/lib/domain/achievement-report-forms";
import { awardHistory } from "@/lib/domain/awards/decision";
import type { DossierAgencyFacts } from "@/lib/domain/dossier-types";
import { targetText } from "@/lib/domain/pledge";
import { readSnapshot } from "@/lib/domain/publication";
import { formatTargetValue } from "@/lib/domain/target-value";
import { buildVoteMinutes, compareWithRanking, publishedRanking, type LeadingVoteRecord, type TallyResult } from "@/lib/domain/voting";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

const FORM = { id: true, code: true, name: true, target: true, isFlag: true, authorityKind: true } as const;

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
 * Eight queries whatever the number of nominees, and the conference minutes' own reads
 * (getConferenceMinutes) when a year-end conference was recorded.
 */
export async function getDossier(blocId: string, year: number): Promise<Dossier> {
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
      theme: true,
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
      awardForm: { select: { id: true, code: true, name: true, isFlag: true, order: true, authorityName: true, authorityKind: true } },
    },
  });
  const agencyIds = [...new Set(nominations.map((n) => n.agencyId))];
  const yearStart = new Date(Date.UTC(year, 0, 1));
  const yearEnd = new Date(Date.UTC(year, 11, 31));

  const [meeting, publication, registrations, pledge, head, pastItems, organisations] = await Promise.all([
    db().meeting.findFirst({
      where: { cycleId: cycle.id, kind: "YEAR_END_CONFERENCE" },
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }],
      select: {
        id: true,
        heldOn: true,
        place: true,
        chairName: true,
        secretaryName: true,
        votes: {
          where: { status: "CLOSED" },
          orderBy: [{ closedAt: "asc" }, { round: "asc" }],
          select: { title: true, kind: true, method: true, committee: true, result: true, awardForm: { select: { name: true } } },
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
        targets: { orderBy: { order: "asc" }, select: { order: true, text: true, kind: true, value: true, comparator: true } },
      },
    }),
    db().pledge.findFirst({
      where: { cycleId: cycle.id, status: "LOCKED" },
      orderBy: { version: "desc" },
      select: {
        signatures: { where: { agencyId: { in: agencyIds } }, select: { agencyId: true, signedOn: true } },
        commitments: {
          orderBy: { number: "asc" },
          select: {
            ...COMMITMENT_TARGET_SELECT,
            progress: { where: { agencyId: { in: agencyIds } }, select: { agencyId: true, status: true, value: true } },
          },
        },
      },
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
        awardForm: { select: FORM },
        changedToForm: { select: FORM },
        decision: { select: { id: true, number: true, issuedOn: true, cancelledAt: true, authorityName: true, cycle: { select: { year: true } } } },
      },
    }),
    db().agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, hasPartyOrganisation: true, hasMassOrganisations: true } }),
  ]);

  const blocName = cycle.bloc.name;
  const snapshot = publication ? readSnapshot(publication.snapshot) : null;
  const resultOf = new Map((snapshot?.rows ?? []).map((r) => [r.agencyId, r]));
  const regOf = new Map(registrations.map((r) => [r.agencyId, r]));
  const signedOf = new Map((pledge?.signatures ?? []).map((s) => [s.agencyId, isoDay(s.signedOn)]));
  const issuerOf = new Map(pastItems.map((i) => [i.decision.id, i.decision.authorityName]));
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
    const org = organisations.find((o) => o.id === agencyId);
    facts[agencyId] = {
      hasPartyOrganisation: org?.hasPartyOrganisation ?? true,
      hasMassOrganisations: org?.hasMassOrganisations ?? true,
      result: r && snapshot ? { rank: r.rank, total: r.total, bandLabel: r.bandLabel, publicationVersion: snapshot.version } : null,
      registration: reg
        ? {
            status: reg.status,
            titles: reg.titles.sort((a, b) => a.awardForm.order - b.awardForm.order).map((t) => t.awardForm.name),
            targets: reg.targets.map((t) => {
              const figure = formatTargetValue(t.kind, t.value === null ? null : Number(t.value), t.comparator);
              return { number: t.order, text: t.text, figure: figure === "—" ? null : figure };
            }),
          }
        : null,
      pledge: pledge && {
        signedOn: signedOf.get(agencyId) ?? null,
        commitments: pledge.commitments.map((c) => {
          const p = c.progress.find((x) => x.agencyId === agencyId);
          return {
            number: c.number,
            text: c.text,
            figure: targetText(c.targetKind, c.targetValue === null ? null : Number(c.targetValue), c.targetUnit, c.targetComparator),
            progress: p ? { status: p.status, value: p.value === null ? null : Number(p.value) } : null,
          };
        }),
      },
      pastAwards: (history[agencyId] ?? []).flatMap((y) =>
        y.awards.map((a) => {
          const form = forms.get(a.formId);
          return {
            year: y.year,
            formName: a.name ?? a.code ?? "—",
            isTitle: form ? isEmulationTitle(form) : false,
            recipient: a.recipient,
            decisionNumber: a.decisionNumber,
            issuedOn: a.issuedOn,
            issuer: issuerOf.get(a.decisionId) ?? "…",
          };
        }),
      ),
    };
  }

  // The minutes are the standalone minutes (one way to draw a minute): the conference's through its
  // reader, each closed vote's from its stored tally with the same letterhead.
  const conference = meeting ? await getConferenceMinutes(blocId, year, meeting.id) : null;
  const votes: VoteMinutesDocument[] = [];
  if (meeting && conference) {
    const heldOn = isoDay(meeting.heldOn);
    // A leading-unit vote's minutes put each unit's published rank beside its votes (docs/decisions/0043).
    const ranking = publishedRanking(snapshot);
    const leading: LeadingVoteRecord[] = meeting.votes.flatMap((v) => {
      const result = v.kind === "ACCLAIM_LEADER" ? readTally(v.result) : null;
      return result ? [{ id: "", title: v.title, status: "CLOSED" as const, agencyIds: [], result, hasRunoff: false }] : [];
    });
    for (const v of meeting.votes) {
      const tally = readTally(v.result);
      // A closed vote whose tally this code cannot read has no minutes here, as on its own page.
      if (!tally) continue;
      const minutes = buildVoteMinutes({
        vote: { title: v.title, kind: v.kind, method: v.method, committee: v.committee, awardFormName: v.awardForm?.name ?? null },
        meeting: { heldOn, place: meeting.place, chairName: meeting.chairName, secretaryName: meeting.secretaryName },
        blocName,
        result: tally,
        ranking: v.kind === "ACCLAIM_LEADER" ? compareWithRanking(tally, ranking, leading) : null,
      });
      votes.push({ ...minutes, heldOn, letterhead: conference.letterhead });
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
    theme: cycle.theme,
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
      awardFormCode: n.awardForm.code,
      awardFormName: n.awardForm.name,
      awardFormIsFlag: n.awardForm.isFlag,
      awardFormOrder: n.awardForm.order,
      authorityName: n.awardForm.authorityName,
      authorityKind: n.awardForm.authorityKind,
      priority: n.priority,
    })),
    meeting: meeting && { heldOn: isoDay(meeting.heldOn) },
    voteMinutes: votes.map((v) => ({ title: v.purpose })),
    facts,
    minutes: { conference, votes },
  };
}
