import "server-only";
import { checkQuorum } from "@/lib/domain/voting";
import type { VoteIdInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";
import { loadVoteContext, voteBlocId, type VoteContext } from "./vote-context";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";

/**
 * The chair opens a DRAFT vote. Refused without quorum (docs/domain/edge-cases.md#case-17: checked from the
 * conference attendance before the vote), and without candidates. The leaders of the agencies
 * present are told that an electronic vote is open (a paper vote is cast in the room).
 */
export async function openVote(input: VoteIdInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const found = await loadVoteContext(db(), input.voteId);
  authorize(user, "vote:manage", found && { blocId: voteBlocId(found) }, { notFound: VOTE_NOT_FOUND, forbidden: CHAIR_ONLY });
  const blocId = voteBlocId(found!);

  await db().$transaction(async (tx) => {
    const vote = (await loadVoteContext(tx, input.voteId))!;
    if (vote.status !== "DRAFT") throw new AppError("CONFLICT", vote.status === "OPEN" ? "Cuộc biểu quyết đã được mở." : "Cuộc biểu quyết đã kết thúc.");
    if (vote.candidates.length === 0) throw new AppError("INVALID_INPUT", "Cuộc biểu quyết chưa có ứng viên nào.");
    const quorum = checkQuorum(
      vote.meeting.attendances.map((a) => ({ agencyId: a.agencyId, status: a.status })),
      Number(vote.quorumPct),
    );
    if (!quorum.reached) throw new AppError("INVALID_INPUT", quorum.message ?? "Không đủ số đơn vị tham dự.");
    stopIfChecking(step);
    const openedAt = new Date();
    const { count } = await tx.vote.updateMany({ where: { id: vote.id, status: "DRAFT" }, data: { status: "OPEN", openedAt } });
    if (count === 0) throw new AppError("CONFLICT", "Cuộc biểu quyết vừa được người khác thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, {
      actorId: user.userId,
      action: "vote.open",
      entity: "Vote",
      entityId: vote.id,
      blocId,
      before: { status: "DRAFT" },
      after: { status: "OPEN", openedAt, quorum: { summoned: quorum.summoned, present: quorum.present, presentPct: quorum.presentPct } },
    });
    if (vote.method === "ELECTRONIC") await notifyVoters(tx, vote);
  });
}

/** The leaders of the member agencies present or represented: those who cast their agency's ballot. */
async function notifyVoters(tx: Prisma.TransactionClient, vote: VoteContext): Promise<void> {
  const present = vote.meeting.attendances.filter((a) => a.status !== "ABSENT").map((a) => a.agencyId);
  const leaders = await tx.roleAssignment.findMany({
    where: { role: "AGENCY_LEADER", agencyId: { in: present }, user: { isActive: true } },
    select: { userId: true },
  });
  const { cycle } = vote.meeting;
  await notify(tx, {
    kind: "VOTE_OPENED",
    recipients: leaders.map((l) => l.userId),
    message: `Cuộc biểu quyết “${vote.title}” của ${cycle.bloc.name} năm ${cycle.year} đã được mở: thủ trưởng đơn vị bỏ phiếu cho đơn vị mình.`,
    link: `/khoi/${encodeURIComponent(cycle.bloc.code)}/${cycle.year}/tong-ket/bo-phieu/${vote.id}`,
  });
}
