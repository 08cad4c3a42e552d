import "server-only";
import { countElectronicBallots, electorate } from "@/lib/domain/voting";
import type { VoteIdInput } from "@/lib/schemas/votes";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isOverlapViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { finishVote } from "./internal/finish-vote";
import { openBallotBox, sweepSealedBallots } from "./internal/open-ballot-box";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";
import { attendanceOf, candidatesOf, loadVoteContext, voteBlocId } from "./vote-context";
import type { Step } from "@/lib/forms/step";
import { stopIfChecking } from "@/lib/server/check-step";
import { lockOpenVote } from "./internal/lock-open-vote";

/**
 * The chair closes an OPEN electronic vote: the row is locked and moved to CLOSED first (which
 * waits for the casts in flight, see cast-ballot), then the ballot box is opened — as many envelopes as roll
 * entries, opened, shuffled and written as readable ballots (open-ballot-box) — then the ballots
 * are counted and tallied (finish-vote).
 * Paper votes are closed by recording the committee's count (record-paper-count).
 */
export async function closeVote(input: VoteIdInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const found = await loadVoteContext(db(), input.voteId);
  authorize(user, "vote:manage", found && { blocId: voteBlocId(found) }, { notFound: VOTE_NOT_FOUND, forbidden: CHAIR_ONLY });
  if (found!.method === "PAPER") {
    throw new AppError("INVALID_INPUT", "Cuộc biểu quyết bằng phiếu giấy được kết thúc khi ban kiểm phiếu nhập kết quả kiểm phiếu.");
  }
  try {
    await db().$transaction(async (tx) => {
      await lockOpenVote(tx, input.voteId, "Cuộc biểu quyết đã kết thúc.");
      stopIfChecking(step);
      await tx.vote.update({ where: { id: input.voteId }, data: { status: "CLOSED" } });
      const vote = (await loadVoteContext(tx, input.voteId))!;
      const ballots = await openBallotBox(tx, vote.id);
      const issued = electorate(attendanceOf(vote), candidatesOf(vote), vote.candidateMayVote).present;
      const counts = countElectronicBallots(
        ballots,
        vote.candidates.map((c) => c.id),
        vote.maxChoices,
        issued,
      );
      await finishVote(tx, vote, counts, user.userId, { before: { voted: ballots.length } });
    });
    await sweepSealedBallots();
  } catch (e) {
    if (isOverlapViolation(e)) throw new AppError("CONFLICT", "Nhiệm kỳ mới trùng với một nhiệm kỳ vừa được ghi nhận. Vui lòng tải lại trang.");
    throw e;
  }
}
