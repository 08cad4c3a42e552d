import "server-only";
import { parseYearRules } from "@/lib/domain/year-rules";
import type { CreateVoteInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";

/**
 * The chair prepares a vote (DRAFT) on the cycle's year-end conference: kind, method, candidates
 * (member agencies of the year, or people's names for individual proposals), and the settings;
 * empty settings take the year's vote defaults (Cycle.rules.votes) or those of
 * docs/decisions/0008-vote-rules.md. Elections fill one seat, so a ballot marks one candidate.
 */
export async function createVote(input: CreateVoteInput): Promise<{ id: string }> {
  const user = await requireUser();
  const meeting = await db().meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, kind: true, cycleId: true, cycle: { select: { blocId: true, year: true, rules: true } } },
  });
  authorize(user, "vote:manage", meeting && { blocId: meeting.cycle.blocId }, { notFound: VOTE_NOT_FOUND, forbidden: CHAIR_ONLY });
  const m = meeting!;
  if (m.kind !== "YEAR_END_CONFERENCE") {
    throw new AppError("INVALID_INPUT", "Chỉ tạo cuộc biểu quyết trong hội nghị tổng kết.", { meetingId: ["Vui lòng chọn hội nghị tổng kết."] });
  }
  const blocId = m.cycle.blocId;
  const defaults = parseYearRules(m.cycle.rules).votes;
  const elect = input.kind === "ELECT_HEAD" || input.kind === "ELECT_DEPUTY";
  const maxChoices = elect ? 1 : (input.maxChoices ?? defaults.maxChoices);

  return db().$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: { blocId, year: m.cycle.year }, select: { agencyId: true } });
    const memberIds = new Set(members.map((x) => x.agencyId));
    if (input.candidateAgencyIds.some((a) => !memberIds.has(a))) {
      throw new AppError("INVALID_INPUT", "Ứng viên phải là đơn vị thành viên của khối trong năm.", {
        candidateAgencyIds: [`Có đơn vị không phải thành viên của khối năm ${m.cycle.year}.`],
      });
    }
    if (input.awardFormId) {
      const form = await tx.awardForm.findFirst({ where: { id: input.awardFormId, cycleId: m.cycleId }, select: { id: true } });
      if (!form)
        throw new AppError("INVALID_INPUT", "Hình thức khen thưởng không thuộc năm thi đua này.", { awardFormId: ["Hình thức khen thưởng không hợp lệ."] });
    }
    const candidates = [
      ...input.candidateAgencyIds.map((agencyId) => ({ agencyId, personName: null as string | null })),
      ...input.candidatePersons.map((personName) => ({ agencyId: null as string | null, personName })),
    ].map((c, i) => ({ ...c, order: i + 1 }));
    const vote = await tx.vote.create({
      data: {
        meetingId: m.id,
        kind: input.kind,
        method: input.method,
        title: input.title,
        awardFormId: input.awardFormId,
        status: "DRAFT",
        quorumPct: input.quorumPct ?? defaults.quorumPct,
        thresholdPct: input.thresholdPct ?? defaults.thresholdPct,
        thresholdBase: input.thresholdBase ?? defaults.thresholdBase,
        candidateMayVote: input.candidateMayVote ?? defaults.candidateMayVote,
        maxChoices,
        tieRule: input.tieRule ?? defaults.tieRule,
        committee: input.committee,
        candidates: { create: candidates },
      },
      include: { candidates: { select: { id: true, agencyId: true, personName: true, order: true } } },
    });
    await writeAudit(tx, { actorId: user.userId, action: "vote.create", entity: "Vote", entityId: vote.id, blocId, after: vote });
    return { id: vote.id };
  });
}
