import "server-only";
import type { VoteMinutesDocument } from "@/lib/documents/minutes-docx";
import { can } from "@/lib/domain/permissions";
import {
  buildVoteMinutes,
  checkQuorum,
  compareWithRanking,
  proposeLeadingCandidates,
  rankedName,
  type RankingComparison,
  electorate,
  mayCast,
  nextRound,
  type QuorumCheck,
  type RunoffPlan,
  type TallyResult,
  type VoteMinutes,
} from "@/lib/domain/voting";
import { parseYearRules } from "@/lib/domain/year-rules";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { readLeadingContext } from "./internal/leading-votes";
import { VOTE_NOT_FOUND } from "./vote-messages";
import { attendanceOf, candidatesOf, loadVoteContext, storedResult, type VoteContext } from "./vote-context";

export interface VoteDetails {
  id: string;
  title: string;
  kind: string;
  method: "ELECTRONIC" | "PAPER";
  status: "DRAFT" | "OPEN" | "CLOSED";
  round: number;
  parentVoteId: string | null;
  awardFormName: string | null;
  committee: string[];
  meeting: { heldOn: string; place: string; chairName: string };
  settings: { quorumPct: number; thresholdPct: number; thresholdBase: string; candidateMayVote: boolean; maxChoices: number; tieRule: string };
  candidates: { id: string; label: string; order: number }[];
  quorum: QuorumCheck;
  /** Roll entries vs present members with a vote (electronic): progress, never content. */
  progress: { voted: number; eligible: number } | null;
  canManage: boolean;
  canRecordPaper: boolean;
  /** The agencies the signed-in user may cast for, whether each has voted, and why not if it may not. */
  myAgencies: { agencyId: string; name: string; hasVoted: boolean; mayCast: boolean; refusal: string | null }[];
  /** Only once CLOSED. */
  result: TallyResult | null;
  /** The vote-count minutes as the document (with the bloc's letterhead), once CLOSED. */
  minutes: VoteMinutesDocument | null;
  /** The run-off the result calls for, and the run-off vote once created. */
  runoff: { plan: RunoffPlan; voteId: string | null } | null;
  /** A closed leading-unit vote beside the published ranking (docs/decisions/0043). */
  ranking: RankingComparison | null;
  /**
   * After this leading-unit vote rejected a proposed unit under CONFIRM_RANKING: the next-ranked
   * units the chair can put to the vote in one step, the follow-up vote once created, or why
   * there is none.
   */
  followUp: { proposal: string | null; voteId: string | null; message: string | null } | null;
}

function minutesOf(vote: VoteContext, result: TallyResult, ranking: RankingComparison | null): VoteMinutes {
  return buildVoteMinutes({
    ranking,
    vote: { title: vote.title, kind: vote.kind, method: vote.method, committee: vote.committee, awardFormName: vote.awardForm?.name ?? null },
    meeting: { heldOn: isoDay(vote.meeting.heldOn), place: vote.meeting.place, chairName: vote.meeting.chairName, secretaryName: vote.meeting.secretaryName },
    blocName: vote.meeting.cycle.bloc.name,
    result,
  });
}

async function loadReadable(voteId: string, blocId: string, year: number) {
  const user = await requireUser();
  const vote = await loadVoteContext(db(), voteId);
  if (!vote || vote.meeting.cycle.blocId !== blocId || vote.meeting.cycle.year !== year) throw new AppError("NOT_FOUND", VOTE_NOT_FOUND);
  authorize(user, "bloc:read", { blocId }, { notFound: VOTE_NOT_FOUND });
  return { user, vote };
}

/**
 * One vote of the bloc's year: details, quorum, progress, what the signed-in user may do (cast for
 * which agency, manage, enter a paper count) and, only once CLOSED, the result and the minutes data.
 * The ballot box is never read here. Four queries, and two more for a leading-unit vote (the
 * published ranking and the year's leading-unit votes).
 */
export async function getVote(blocId: string, year: number, voteId: string): Promise<VoteDetails> {
  const { user, vote } = await loadReadable(voteId, blocId, year);
  const attendance = attendanceOf(vote);
  const candidates = candidatesOf(vote);
  const mine = vote.meeting.attendances.filter((a) => can(user, "vote:cast:own", { blocId, agencyId: a.agencyId }));
  const [rollCount, myRoll, child, leading] = await Promise.all([
    db().voterRollEntry.count({ where: { voteId } }),
    mine.length ? db().voterRollEntry.findMany({ where: { voteId, agencyId: { in: mine.map((a) => a.agencyId) } }, select: { agencyId: true } }) : [],
    vote.status === "CLOSED" ? db().vote.findFirst({ where: { parentVoteId: voteId }, select: { id: true } }) : null,
    vote.kind === "ACCLAIM_LEADER" && vote.status === "CLOSED" ? readLeadingContext(db(), vote.meeting.cycleId) : null,
  ]);
  const votedAgencies = myRoll.map((r) => r.agencyId);
  const result = vote.status === "CLOSED" ? storedResult(vote) : null;
  const plan = result ? nextRound(result) : null;
  const ranking = result && leading ? compareWithRanking(result, leading.ranking, leading.votes) : null;

  return {
    id: vote.id,
    title: vote.title,
    kind: vote.kind,
    method: vote.method,
    status: vote.status,
    round: vote.round,
    parentVoteId: vote.parentVoteId,
    awardFormName: vote.awardForm?.name ?? null,
    committee: vote.committee,
    meeting: { heldOn: isoDay(vote.meeting.heldOn), place: vote.meeting.place, chairName: vote.meeting.chairName },
    settings: {
      quorumPct: Number(vote.quorumPct),
      thresholdPct: Number(vote.thresholdPct),
      thresholdBase: vote.thresholdBase,
      candidateMayVote: vote.candidateMayVote,
      maxChoices: vote.maxChoices,
      tieRule: vote.tieRule,
    },
    candidates: candidates.map((c, i) => ({ id: c.id, label: c.label, order: i + 1 })),
    quorum: checkQuorum(attendance, Number(vote.quorumPct)),
    progress: vote.method === "ELECTRONIC" ? { voted: rollCount, eligible: electorate(attendance, candidates, vote.candidateMayVote).present } : null,
    canManage: can(user, "vote:manage", { blocId }),
    canRecordPaper: vote.method === "PAPER" && can(user, "meeting:manage", { blocId }),
    myAgencies: sortVi(
      mine.map((a) => {
        const check = mayCast({
          agencyId: a.agencyId,
          method: vote.method,
          status: vote.status,
          attendance,
          candidates,
          candidateMayVote: vote.candidateMayVote,
          rollAgencyIds: votedAgencies,
        });
        return {
          agencyId: a.agencyId,
          name: a.agency.name,
          hasVoted: votedAgencies.includes(a.agencyId),
          mayCast: check.ok,
          refusal: check.ok ? null : check.message,
        };
      }),
      (a) => a.name,
    ),
    result,
    minutes: result ? await minutesDocumentOf(vote, result, ranking, blocId, year) : null,
    runoff: plan ? { plan, voteId: child?.id ?? null } : null,
    ranking,
    followUp: result && leading ? followUpOf(vote, result, leading) : null,
  };
}

/** Only after this vote rejected someone, under CONFIRM_RANKING: what comes next (docs/decisions/0043). */
function followUpOf(vote: VoteContext, result: TallyResult, leading: Awaited<ReturnType<typeof readLeadingContext>>): VoteDetails["followUp"] {
  const rule = parseYearRules(vote.meeting.cycle.rules).rankingVote;
  const rejected = (result.outcome === "DECIDED" || result.outcome === "FAILED") && result.candidates.some((c) => c.status === "NOT_SELECTED");
  if (rule.mode !== "CONFIRM_RANKING" || !rejected) return null;
  const p = proposeLeadingCandidates({ rule, ...leading });
  if (p.ok) return p.followUp ? { proposal: p.candidates.map(rankedName).join("; "), voteId: null, message: null } : null;
  if (p.code === "UNFINISHED") return { proposal: null, voteId: p.voteId ?? null, message: null };
  return { proposal: null, voteId: null, message: p.message };
}

/** The minutes with the bloc's letterhead: one document for the page, its print and the .docx. */
async function minutesDocumentOf(
  vote: VoteContext,
  result: TallyResult,
  ranking: RankingComparison | null,
  blocId: string,
  year: number,
): Promise<VoteMinutesDocument> {
  const letterhead = await blocLetterhead(blocId, year);
  if (!letterhead) throw new AppError("NOT_FOUND", VOTE_NOT_FOUND);
  return { ...minutesOf(vote, result, ranking), heldOn: isoDay(vote.meeting.heldOn), letterhead };
}

/** The minutes of a CLOSED vote with the bloc's letterhead (the .docx); refused while the vote is sealed. */
export async function getVoteMinutes(blocId: string, year: number, voteId: string): Promise<VoteMinutesDocument> {
  const { vote } = await loadReadable(voteId, blocId, year);
  const result = vote.status === "CLOSED" ? storedResult(vote) : null;
  if (!result) throw new AppError("CONFLICT", "Kết quả được niêm phong cho đến khi chủ trì kết thúc cuộc biểu quyết.");
  const leading = vote.kind === "ACCLAIM_LEADER" ? await readLeadingContext(db(), vote.meeting.cycleId) : null;
  return minutesDocumentOf(vote, result, leading && compareWithRanking(result, leading.ranking, leading.votes), blocId, year);
}
