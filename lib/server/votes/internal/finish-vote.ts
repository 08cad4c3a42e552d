import "server-only";
import { findOverlappingTerm, overlapMessage } from "@/lib/domain/officer-terms";
import { tally, type BallotCounts, type TallyResult } from "@/lib/domain/voting";
import { formatDay, isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { attendanceOf, candidatesOf, rulesOf, type VoteContext } from "../vote-context";

/**
 * Closing a vote with its counts (electronic: from the ballot box; paper: the committee's), inside
 * the caller's transaction, after the caller moved the row OPEN → CLOSED: the tally
 * (lib/domain/voting) is stored in Vote.result, the result is audited (totals only, never a
 * ballot), and a DECIDED election of the head or deputy records next year's officer term.
 */
export async function finishVote(
  tx: Prisma.TransactionClient,
  vote: VoteContext,
  counts: BallotCounts,
  actorId: string,
  extra: { before?: Record<string, unknown> } = {},
): Promise<TallyResult> {
  const blocId = vote.meeting.cycle.blocId;
  const result = tally({ rules: rulesOf(vote), attendance: attendanceOf(vote), candidates: candidatesOf(vote), counts });
  if (result.outcome === "INVALID_COUNTS") {
    // E.g. attendance edited after votes were cast: more ballots than present voters. Nothing is closed.
    throw new AppError("CONFLICT", `Chưa thể kết thúc: số liệu kiểm phiếu chưa khớp. ${result.reasons.join(" ")}`);
  }
  const closedAt = new Date();
  await tx.vote.update({
    where: { id: vote.id },
    data: {
      closedAt,
      result: result as unknown as Prisma.InputJsonValue,
      ballotsIssued: result.ballots.issued,
      ballotsReturned: result.ballots.returned,
      ballotsValid: result.ballots.valid,
      ballotsInvalid: result.ballots.invalid,
    },
  });
  await writeAudit(tx, {
    actorId,
    action: "vote.close",
    entity: "Vote",
    entityId: vote.id,
    blocId,
    before: { status: "OPEN", ...extra.before },
    after: {
      status: "CLOSED",
      closedAt,
      outcome: result.outcome,
      ballots: result.ballots,
      candidates: result.candidates.map((c) => ({ label: c.label, votes: c.votes, status: c.status })),
      winners: result.winners,
    },
  });
  if ((vote.kind === "ELECT_HEAD" || vote.kind === "ELECT_DEPUTY") && result.outcome === "DECIDED" && result.winners.length > 0) {
    await recordElectedTerm(tx, vote, result, actorId);
  }
  return result;
}

async function recordElectedTerm(tx: Prisma.TransactionClient, vote: VoteContext, result: TallyResult, actorId: string) {
  const winner = vote.candidates.find((c) => c.id === result.winners[0]);
  if (!winner?.agencyId) return;
  const blocId = vote.meeting.cycle.blocId;
  const role = vote.kind === "ELECT_HEAD" ? "HEAD" : "DEPUTY";
  const next = vote.meeting.cycle.year + 1;
  const startsOn = new Date(Date.UTC(next, 0, 1));
  const endsOn = new Date(Date.UTC(next, 11, 31));
  const existing = await tx.officerTerm.findMany({
    where: { blocId, role },
    select: { id: true, role: true, startsOn: true, endsOn: true, agency: { select: { name: true } } },
  });
  const clash = findOverlappingTerm(
    existing.map((t) => ({ id: t.id, role: t.role, agencyName: t.agency.name, startsOn: isoDay(t.startsOn), endsOn: isoDay(t.endsOn) })),
    { role, agencyId: winner.agencyId, startsOn: isoDay(startsOn), endsOn: isoDay(endsOn) },
  );
  if (clash) {
    throw new AppError(
      "CONFLICT",
      `Chưa thể kết thúc cuộc bầu: ${overlapMessage(role, clash)} Hãy điều chỉnh nhiệm kỳ đó ở phần thiết lập khối rồi kết thúc lại.`,
    );
  }
  const term = await tx.officerTerm.create({
    data: {
      blocId,
      agencyId: winner.agencyId,
      role,
      startsOn,
      endsOn,
      method: "ELECTED",
      decisionRef: `Kết quả bầu "${vote.title}"${vote.round > 1 ? ` (vòng ${vote.round})` : ""} tại hội nghị tổng kết ngày ${formatDay(vote.meeting.heldOn)}`,
    },
  });
  await writeAudit(tx, {
    actorId,
    action: "officer-term.create",
    entity: "OfficerTerm",
    entityId: term.id,
    blocId,
    after: term,
    reason: `Theo kết quả cuộc biểu quyết ${vote.id}`,
  });
}
