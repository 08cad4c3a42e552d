import "server-only";
import { electorate, validatePaperCount, type BallotCounts } from "@/lib/domain/voting";
import type { PaperCountInput } from "@/lib/schemas/votes";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isOverlapViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { finishVote } from "./internal/finish-vote";
import { attendanceOf, candidatesOf, loadVoteContext, voteBlocId } from "./vote-context";
import { VOTE_NOT_FOUND } from "./vote-messages";
import { stopIfChecking } from "@/lib/server/check-step";
import { lockOpenVote } from "./internal/lock-open-vote";
import type { Step } from "@/lib/forms/step";

/**
 * The secretary or chair enters the counting committee's numbers for an OPEN paper vote
 * (docs/domain/voting.md#ballot-counting): checked with validatePaperCount (valid + invalid = returned ≤ issued ≤ present,
 * each candidate ≤ valid…); any issue refuses the whole entry and writes nothing. Accepted counts
 * are stored (Vote ballots*, VoteCandidate.paperVotes), tallied and the vote is CLOSED.
 */
export async function recordPaperCount(input: PaperCountInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const found = await loadVoteContext(db(), input.voteId);
  authorize(user, "meeting:manage", found && { blocId: voteBlocId(found) }, {
    notFound: VOTE_NOT_FOUND,
    forbidden: "Chỉ thư ký hoặc chủ trì hội nghị được nhập kết quả kiểm phiếu.",
  });
  if (found!.method !== "PAPER") throw new AppError("INVALID_INPUT", "Cuộc biểu quyết này bỏ phiếu điện tử; kết quả được đếm tự động khi kết thúc.");

  try {
    await db().$transaction(async (tx) => {
      await lockOpenVote(tx, input.voteId, "Kết quả kiểm phiếu đã được ghi nhận; cuộc biểu quyết đã kết thúc.");
      const vote = (await loadVoteContext(tx, input.voteId))!;
      const candidates = candidatesOf(vote);
      const counts: BallotCounts = {
        issued: input.ballotsIssued,
        returned: input.ballotsReturned,
        valid: input.ballotsValid,
        invalid: input.ballotsInvalid,
        blank: null,
        votes: Object.fromEntries(candidates.map((c) => [c.id, input.votes[c.id] ?? null])),
      };
      const issues = validatePaperCount(counts, {
        presentVoters: electorate(attendanceOf(vote), candidates, vote.candidateMayVote).present,
        maxChoices: vote.maxChoices,
        candidates,
      });
      if (issues.length > 0) {
        const fieldErrors: Record<string, string[]> = {};
        for (const i of issues) (fieldErrors[i.field === "paperVotes" ? `votes.${i.candidateId ?? "_"}` : i.field] ??= []).push(i.message);
        throw new AppError("INVALID_INPUT", issues[0].message, fieldErrors);
      }
      stopIfChecking(step);
      await tx.vote.update({ where: { id: input.voteId }, data: { status: "CLOSED" } });
      for (const c of candidates) {
        await tx.voteCandidate.update({ where: { id: c.id }, data: { paperVotes: counts.votes[c.id] } });
      }
      const reloaded = (await loadVoteContext(tx, input.voteId))!;
      await finishVote(tx, reloaded, counts, user.userId);
    });
  } catch (e) {
    if (isOverlapViolation(e)) throw new AppError("CONFLICT", "Nhiệm kỳ mới trùng với một nhiệm kỳ vừa được ghi nhận. Vui lòng tải lại trang.");
    throw e;
  }
}
