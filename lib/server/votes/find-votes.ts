import "server-only";
import { can } from "@/lib/domain/permissions";
import { electorate, proposeLeadingCandidates, type LeadingProposal, type RankingVoteRule, type TallyOutcome } from "@/lib/domain/voting";
import { parseYearRules, type VoteDefaults } from "@/lib/domain/year-rules";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { LATEST_PUBLICATION_SELECT, leadingRecord, rankingOfPublications } from "./internal/leading-votes";
import { candidateLabel, storedResult } from "./vote-context";

export interface VoteListItem {
  id: string;
  title: string;
  kind: string;
  method: "ELECTRONIC" | "PAPER";
  status: "DRAFT" | "OPEN" | "CLOSED";
  round: number;
  meetingHeldOn: string;
  candidates: string[];
  /** Roll entries vs present members with a vote: progress, never content. null for paper votes. */
  progress: { voted: number; eligible: number } | null;
  /** Only once CLOSED: the outcome and who was selected. */
  result: { outcome: TallyOutcome; winners: string[] } | null;
}

export interface VoteOverview {
  canManage: boolean;
  /** Year-end conferences of the cycle, where votes are held. */
  meetings: { id: string; heldOn: string; place: string }[];
  awardForms: { id: string; name: string }[];
  /** The settings an empty field of the creation form takes. */
  defaults: VoteDefaults;
  votes: VoteListItem[];
  /** The year's link between the ranking and the leading-unit vote (docs/decisions/0043); null without a cycle. */
  rankingVote: {
    cycleId: string;
    /** The cycle's updatedAt: the rule form's concurrency token. */
    updatedAt: string;
    rule: RankingVoteRule;
    canEdit: boolean;
    /** A leading-unit vote has been opened: the rule stays as it is. */
    locked: boolean;
    /** Under CONFIRM_RANKING: the next leading-unit vote's candidates, or why none can be created. */
    proposal: LeadingProposal | null;
  } | null;
}

/**
 * The cycle's votes for everyone who can read the bloc. While a vote is OPEN nobody — chair and
 * administrators included — gets any count of its ballots; only how many members are on the roll.
 * Five queries whatever the number of votes (the latest published ranking is read with the cycle).
 */
export async function findVotes(blocId: string, year: number): Promise<VoteOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [votes, meetings, awardForms, cycle] = await Promise.all([
    db().vote.findMany({
      where: { meeting: { cycle: { blocId, year } } },
      select: {
        id: true,
        title: true,
        kind: true,
        method: true,
        status: true,
        round: true,
        candidateMayVote: true,
        result: true,
        parentVoteId: true,
        meeting: { select: { heldOn: true, attendances: { select: { agencyId: true, status: true } } } },
        candidates: { select: { id: true, agencyId: true, personName: true, agency: { select: { name: true } } }, orderBy: { order: "asc" } },
      },
      orderBy: [{ meeting: { heldOn: "asc" } }, { round: "asc" }, { id: "asc" }],
    }),
    db().meeting.findMany({
      where: { cycle: { blocId, year }, kind: "YEAR_END_CONFERENCE" },
      select: { id: true, heldOn: true, place: true },
      orderBy: { heldOn: "asc" },
    }),
    db().awardForm.findMany({ where: { cycle: { blocId, year } }, select: { id: true, name: true } }),
    db().cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: { id: true, blocId: true, rules: true, updatedAt: true, publications: LATEST_PUBLICATION_SELECT },
    }),
  ]);
  const rollCounts = votes.length
    ? await db().voterRollEntry.groupBy({ by: ["voteId"], where: { voteId: { in: votes.map((v) => v.id) } }, _count: { _all: true } })
    : [];
  const voted = new Map(rollCounts.map((r) => [r.voteId, r._count._all]));
  const rules = parseYearRules(cycle?.rules);
  const withRunoff = new Set(votes.flatMap((v) => (v.parentVoteId ? [v.parentVoteId] : [])));
  const leading = votes.filter((v) => v.kind === "ACCLAIM_LEADER").map((v) => leadingRecord({ ...v, runoffs: withRunoff.has(v.id) ? [{ id: "" }] : [] }));

  return {
    canManage: can(user, "vote:manage", { blocId }),
    meetings: meetings.map((m) => ({ id: m.id, heldOn: isoDay(m.heldOn), place: m.place })),
    awardForms: sortVi(awardForms, (f) => f.name),
    defaults: rules.votes,
    rankingVote: cycle
      ? {
          cycleId: cycle.id,
          updatedAt: cycle.updatedAt.toISOString(),
          rule: rules.rankingVote,
          canEdit: can(user, "cycle:manage", cycle),
          locked: leading.some((v) => v.status !== "DRAFT"),
          proposal:
            rules.rankingVote.mode === "CONFIRM_RANKING"
              ? proposeLeadingCandidates({ rule: rules.rankingVote, ranking: rankingOfPublications(cycle.publications), votes: leading })
              : null,
        }
      : null,
    votes: votes.map((v) => {
      const result = v.status === "CLOSED" ? storedResult(v) : null;
      const labels = new Map(v.candidates.map((c) => [c.id, candidateLabel(c)]));
      return {
        id: v.id,
        title: v.title,
        kind: v.kind,
        method: v.method,
        status: v.status,
        round: v.round,
        meetingHeldOn: isoDay(v.meeting.heldOn),
        candidates: v.candidates.map(candidateLabel),
        progress:
          v.method === "ELECTRONIC"
            ? { voted: voted.get(v.id) ?? 0, eligible: electorate(v.meeting.attendances, v.candidates, v.candidateMayVote).present }
            : null,
        result: result ? { outcome: result.outcome, winners: result.winners.map((id) => labels.get(id) ?? "—") } : null,
      };
    }),
  };
}
