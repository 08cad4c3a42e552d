import "server-only";
import { nextRound } from "@/lib/domain/voting";
import type { VoteIdInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";
import { loadVoteContext, storedResult, voteBlocId } from "./vote-context";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/**
 * The chair starts the run-off a closed vote calls for (nextRound of its stored result: the tied
 * candidates, or the two highest under TOP_TWO): a new DRAFT vote, round + 1, parentVoteId set,
 * the parent's settings kept and the run-off's candidates and choices per ballot.
 */
export async function startRunoff(input: VoteIdInput, step: Step = "write"): Promise<{ id: string }> {
  const user = await requireUser();
  const found = await loadVoteContext(db(), input.voteId);
  authorize(user, "vote:manage", found && { blocId: voteBlocId(found) }, { notFound: VOTE_NOT_FOUND, forbidden: CHAIR_ONLY });
  const blocId = voteBlocId(found!);

  return db().$transaction(async (tx) => {
    const parent = (await loadVoteContext(tx, input.voteId))!;
    const result = storedResult(parent);
    if (parent.status !== "CLOSED" || !result) throw new AppError("CONFLICT", "Chỉ bỏ phiếu lại sau khi cuộc biểu quyết đã kết thúc.");
    const plan = nextRound(result);
    if (!plan) throw new AppError("INVALID_INPUT", "Kết quả cuộc biểu quyết này không cần bỏ phiếu lại.");
    const existing = await tx.vote.findFirst({ where: { parentVoteId: parent.id }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", "Vòng bỏ phiếu lại đã được tạo.");
    stopIfChecking(step);
    const candidates = plan.candidateIds
      .map((id) => parent.candidates.find((c) => c.id === id))
      .filter((c) => c !== undefined)
      .map((c, i) => ({ agencyId: c.agencyId, personName: c.personName, order: i + 1 }));
    const vote = await tx.vote.create({
      data: {
        meetingId: parent.meetingId,
        kind: parent.kind,
        method: parent.method,
        title: parent.title,
        awardFormId: parent.awardFormId,
        status: "DRAFT",
        quorumPct: parent.quorumPct,
        thresholdPct: parent.thresholdPct,
        thresholdBase: parent.thresholdBase,
        candidateMayVote: parent.candidateMayVote,
        maxChoices: plan.maxChoices,
        tieRule: parent.tieRule,
        round: plan.round,
        parentVoteId: parent.id,
        committee: parent.committee,
        candidates: { create: candidates },
      },
      include: { candidates: { select: { id: true, agencyId: true, personName: true, order: true } } },
    });
    await writeAudit(tx, { actorId: user.userId, action: "vote.runoff", entity: "Vote", entityId: vote.id, blocId, after: vote, reason: plan.reason });
    return { id: vote.id };
  });
}
