import "server-only";
import { can } from "@/lib/domain/permissions";
import { mayCast, validateBallot, type CastRefusalCode } from "@/lib/domain/voting";
import { appEnv } from "@/lib/env";
import type { CastBallotInput } from "@/lib/schemas/votes";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import { sealBallot } from "@/lib/votes/ballot-envelope";
import { VOTE_NOT_FOUND } from "./vote-messages";
import { attendanceOf, candidatesOf, loadVoteContext, voteBlocId } from "./vote-context";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const ALREADY_VOTED = "Đơn vị đã bỏ phiếu trong cuộc biểu quyết này; mỗi đơn vị chỉ bỏ một phiếu.";

const REFUSAL_CODE: Record<CastRefusalCode, AppErrorCode> = {
  NOT_ELECTRONIC: "INVALID_INPUT",
  NOT_OPEN: "CONFLICT",
  NOT_SUMMONED: "FORBIDDEN",
  ABSENT: "FORBIDDEN",
  CANDIDATE_MAY_NOT_VOTE: "FORBIDDEN",
  ALREADY_VOTED: "CONFLICT",
};

/**
 * A present member's leader casts the agency's secret ballot (docs/decisions/0006-ballot-secrecy.md).
 * In one transaction, so a failure leaves neither: the roll entry (THAT the agency voted; its
 * primary key voteId+agencyId stops a second or parallel cast) and the ballot in a sealed envelope
 * (WHAT was chosen, encrypted; a random id, the vote, no user, agency or time). The two rows share
 * the transaction's id, which is why the choice is sealed: closing opens the envelopes, shuffles
 * them and writes the readable ballots in its own transaction. Nothing else is written: no audit
 * row, no log line, and nothing is returned that tells the choice back.
 */
export async function castBallot(input: CastBallotInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const vote = await loadVoteContext(db(), input.voteId);
  const blocId = vote ? voteBlocId(vote) : undefined;
  if (!vote || !blocId) throw new AppError("NOT_FOUND", VOTE_NOT_FOUND);
  authorize(user, "bloc:read", { blocId }, { notFound: VOTE_NOT_FOUND });

  // The agencies this user speaks for among those summoned; the input may name one of them.
  const mine = vote.meeting.attendances.map((a) => a.agencyId).filter((agencyId) => can(user, "vote:cast:own", { blocId, agencyId }));
  const agencyId = input.agencyId ?? (mine.length === 1 ? mine[0] : null);
  if (!agencyId || !mine.includes(agencyId)) {
    throw new AppError("FORBIDDEN", "Chỉ thủ trưởng (người đại diện) của đơn vị thành viên dự hội nghị được bỏ phiếu cho đơn vị mình.");
  }

  try {
    await db().$transaction(
      async (tx) => {
        // Holds off the chair's closing until this ballot is in (closing locks the row first: internal/lock-open-vote).
        const open = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Vote" WHERE id = ${vote.id} AND status = 'OPEN' FOR SHARE`;
        const current = (await loadVoteContext(tx, vote.id))!;
        const voted = await tx.voterRollEntry.findUnique({ where: { voteId_agencyId: { voteId: vote.id, agencyId } }, select: { agencyId: true } });
        const check = mayCast({
          agencyId,
          method: current.method,
          status: open.length === 1 ? current.status : current.status === "OPEN" ? "CLOSED" : current.status,
          attendance: attendanceOf(current),
          candidates: candidatesOf(current),
          candidateMayVote: current.candidateMayVote,
          rollAgencyIds: voted ? [agencyId] : [],
        });
        if (!check.ok) throw new AppError(REFUSAL_CODE[check.code], check.message);
        const ballot = validateBallot(
          input.choices,
          current.candidates.map((c) => c.id),
          current.maxChoices,
        );
        if (!ballot.ok) throw new AppError("INVALID_INPUT", ballot.error.message, { choices: [ballot.error.message] });

        stopIfChecking(step);
        await tx.voterRollEntry.create({ data: { voteId: vote.id, agencyId, userId: user.userId } });
        const envelope = sealBallot(
          appEnv().NEXTAUTH_SECRET,
          vote.id,
          current.candidates.map((c) => c.id),
          ballot,
        );
        await tx.sealedBallot.create({ data: { voteId: vote.id, envelope }, select: { id: true } });
        // A whole conference may press "Bỏ phiếu" at once: wait for a pooled connection rather than fail.
      },
      { maxWait: 15_000, timeout: 15_000 },
    );
  } catch (e) {
    // The 2nd of two parallel casts passes the check and then meets the roll's primary key.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", ALREADY_VOTED);
    throw e;
  }
}
