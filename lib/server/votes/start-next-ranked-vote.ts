import "server-only";
import { proposeLeadingCandidates, rankedName } from "@/lib/domain/voting";
import { parseYearRules } from "@/lib/domain/year-rules";
import type { Step } from "@/lib/forms/step";
import type { VoteIdInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { readLeadingContext } from "./internal/leading-votes";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";

const NOT_NEXT_RANKED = "Quy tắc của năm không biểu quyết đơn vị xếp hạng kế tiếp khi đơn vị được đề xuất không được tán thành.";

/**
 * After a leading-unit vote under CONFIRM_RANKING + NEXT_RANKED rejected a proposed unit, the chair
 * opens, in one step, the follow-up vote on the next-ranked unit(s) not yet voted on: a new DRAFT
 * vote of the same meeting with the closed vote's settings, the proposal as its candidates and the
 * open seats as its choices per ballot (docs/decisions/0043-ranking-and-the-leading-unit-vote.md).
 * Not a run-off: it has no parent vote and starts at round 1.
 */
const NEXT_RANKED_SUFFIX = " — đơn vị xếp hạng kế tiếp";

export async function startNextRankedVote(input: VoteIdInput, step: Step = "write"): Promise<{ id: string }> {
  const user = await requireUser();
  const found = await db().vote.findUnique({ where: { id: input.voteId }, select: { meeting: { select: { cycle: { select: { blocId: true } } } } } });
  authorize(user, "vote:manage", found && { blocId: found.meeting.cycle.blocId }, { notFound: VOTE_NOT_FOUND, forbidden: CHAIR_ONLY });
  const blocId = found!.meeting.cycle.blocId;

  return db().$transaction(async (tx) => {
    const closed = await tx.vote.findUniqueOrThrow({
      where: { id: input.voteId },
      select: {
        id: true,
        kind: true,
        status: true,
        meetingId: true,
        method: true,
        title: true,
        quorumPct: true,
        thresholdPct: true,
        thresholdBase: true,
        candidateMayVote: true,
        tieRule: true,
        committee: true,
        meeting: { select: { cycleId: true, cycle: { select: { rules: true } } } },
      },
    });
    if (closed.kind !== "ACCLAIM_LEADER") throw new AppError("INVALID_INPUT", "Chỉ cuộc suy tôn đơn vị dẫn đầu có biểu quyết đơn vị xếp hạng kế tiếp.");
    if (closed.status !== "CLOSED") throw new AppError("CONFLICT", "Chỉ biểu quyết đơn vị kế tiếp sau khi cuộc suy tôn đã kết thúc.");
    const rule = parseYearRules(closed.meeting.cycle.rules).rankingVote;
    if (rule.mode !== "CONFIRM_RANKING" || rule.onRejection !== "NEXT_RANKED") throw new AppError("INVALID_INPUT", NOT_NEXT_RANKED);
    // One follow-up at a time: a second click (or a second chair) finds the first one unfinished.
    await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${closed.meeting.cycleId} FOR UPDATE`;
    const context = await readLeadingContext(tx, closed.meeting.cycleId);
    const proposal = proposeLeadingCandidates({ rule, ...context });
    if (!proposal.ok) throw new AppError("CONFLICT", proposal.message);
    if (!proposal.followUp) throw new AppError("CONFLICT", "Chưa có đơn vị nào bị hội nghị không tán thành: không có cuộc biểu quyết kế tiếp.");
    stopIfChecking(step);
    const vote = await tx.vote.create({
      data: {
        meetingId: closed.meetingId,
        kind: "ACCLAIM_LEADER",
        method: closed.method,
        // Its own title in the list of votes, said once however many follow-ups there are.
        title: closed.title.endsWith(NEXT_RANKED_SUFFIX) ? closed.title : `${closed.title}${NEXT_RANKED_SUFFIX}`,
        status: "DRAFT",
        quorumPct: closed.quorumPct,
        thresholdPct: closed.thresholdPct,
        thresholdBase: closed.thresholdBase,
        candidateMayVote: closed.candidateMayVote,
        maxChoices: proposal.seats,
        tieRule: closed.tieRule,
        committee: closed.committee,
        candidates: { create: proposal.candidates.map((c, i) => ({ agencyId: c.agencyId, order: i + 1 })) },
      },
      include: { candidates: { select: { id: true, agencyId: true, personName: true, order: true } } },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "vote.next-ranked",
      entity: "Vote",
      entityId: vote.id,
      blocId,
      after: vote,
      reason: `Đề xuất theo kết quả chấm điểm: ${proposal.candidates.map(rankedName).join("; ")}.`,
    });
    return { id: vote.id };
  });
}
