import "server-only";
import { checkLeadingCandidates, proposeLeadingCandidates } from "@/lib/domain/voting";
import { parseYearRules } from "@/lib/domain/year-rules";
import type { CreateVoteInput } from "@/lib/schemas/votes";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { readLeadingContext } from "./internal/leading-votes";
import { CHAIR_ONLY, VOTE_NOT_FOUND } from "./vote-messages";

/**
 * The chair prepares a vote (DRAFT) on the cycle's year-end conference: kind, method, candidates
 * (member agencies of the year, or people's names for individual proposals), and the settings;
 * empty settings take the year's vote defaults (Cycle.rules.votes) or those of
 * docs/decisions/0008-vote-rules.md. Elections fill one seat, so a ballot marks one candidate.
 * When the year's rule links the leading-unit vote to the ranking (CONFIRM_RANKING), a suy tôn
 * vote's candidates must be the ranking's proposal and its choices per ballot are the seats still
 * open (docs/decisions/0043-ranking-and-the-leading-unit-vote.md).
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
  const rules = parseYearRules(m.cycle.rules);
  const defaults = rules.votes;
  const elect = input.kind === "ELECT_HEAD" || input.kind === "ELECT_DEPUTY";
  let maxChoices = elect ? 1 : (input.maxChoices ?? defaults.maxChoices);

  return db().$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: { blocId, year: m.cycle.year }, select: { agencyId: true } });
    const memberIds = new Set(members.map((x) => x.agencyId));
    if (input.candidateAgencyIds.some((a) => !memberIds.has(a))) {
      throw new AppError("INVALID_INPUT", "Ứng viên phải là đơn vị thành viên của khối trong năm.", {
        candidateAgencyIds: [`Có đơn vị không phải thành viên của khối năm ${m.cycle.year}.`],
      });
    }
    if (input.kind === "ACCLAIM_LEADER" && rules.rankingVote.mode === "CONFIRM_RANKING") {
      // Serialises two chairs' creations: both would otherwise read "no vote yet" and propose the same unit.
      await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${m.cycleId} FOR UPDATE`;
      const proposal = proposeLeadingCandidates({ rule: rules.rankingVote, ...(await readLeadingContext(tx, m.cycleId)) });
      if (!proposal.ok) throw new AppError("INVALID_INPUT", proposal.message, { candidateAgencyIds: [proposal.message] });
      const names = await tx.agency.findMany({ where: { id: { in: input.candidateAgencyIds } }, select: { id: true, name: true } });
      const refusal = checkLeadingCandidates(
        proposal,
        { agencyIds: input.candidateAgencyIds, persons: input.candidatePersons.length },
        new Map(names.map((a) => [a.id, a.name])),
      );
      if (refusal) throw new AppError("INVALID_INPUT", refusal, { candidateAgencyIds: [refusal] });
      maxChoices = proposal.seats;
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
