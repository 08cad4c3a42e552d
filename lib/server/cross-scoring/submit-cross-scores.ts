import "server-only";
import { crossScoringRefusal, crossSubmissionGaps } from "@/lib/domain/cross-scoring-access";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";
import { NOT_CROSS_MODE } from "./cross-context";
import type { SubmitCrossScoresInput } from "@/lib/schemas/cross-score-input";
import type { Step } from "@/lib/forms/step";
import { stopIfChecking } from "@/lib/server/check-step";

const already = () => new AppError("INVALID_INPUT", "Cơ quan đã nộp điểm chấm chéo cho cơ quan này.");

/**
 * The scorer agency's leader submits its cross-scores of one target, while VERIFICATION is open
 * in CROSS_SCORING mode. Refused until every scorable leaf criterion has a score, with the list of
 * what is missing. After it the scores are read-only and count in the results; the others' scores
 * for that target become visible to this agency.
 */
export async function submitCrossScores(input: SubmitCrossScoresInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, blocId: true, year: true, scoringMode: true } });
  if (!cycle) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  authorize(user, "bloc:read", { blocId: cycle.blocId }, { notFound: "Không tìm thấy năm thi đua này." });
  const { blocId } = cycle;
  authorize(
    user,
    "score:submit:own",
    { blocId, agencyId: input.scorerAgencyId },
    { forbidden: "Chỉ thủ trưởng cơ quan được nộp điểm chấm chéo của cơ quan mình." },
  );
  const members = await db().membership.findMany({
    where: { blocId, year: cycle.year, agencyId: { in: [input.scorerAgencyId, input.targetAgencyId] } },
    select: { agencyId: true },
  });
  const refusal = crossScoringRefusal(input.scorerAgencyId, input.targetAgencyId, new Set(members.map((m) => m.agencyId)));
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  if (cycle.scoringMode !== "CROSS_SCORING") throw new AppError("INVALID_INPUT", NOT_CROSS_MODE);

  try {
    await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, cycle.id, "VERIFICATION");
      const key = { cycleId: cycle.id, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId };
      if (await tx.crossScoreSubmission.findUnique({ where: { cycleId_scorerAgencyId_targetAgencyId: key }, select: { id: true } })) throw already();
      const table = await findLockedTable(tx, cycle.id);
      if (!table) throw new AppError("INVALID_INPUT", "Chưa có bảng tiêu chí được khóa cho năm này.");
      const scores = await tx.crossScore.findMany({
        where: { cycleId: cycle.id, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId, criterion: { tableId: table.id } },
        select: { criterionId: true, points: true },
      });
      const missing = crossSubmissionGaps(table.criteria, new Set(scores.map((s) => s.criterionId)));
      if (missing.length > 0) {
        throw new AppError("INVALID_INPUT", `Chưa thể nộp điểm chấm chéo, còn thiếu: ${missing.join("; ")}.`, { missing });
      }
      stopIfChecking(step);
      const submission = await tx.crossScoreSubmission.create({ data: key, select: { id: true } });
      const codes = new Map(table.criteria.map((c) => [c.id, c.code]));
      await writeAudit(tx, {
        actorId: user.userId,
        action: "cross-score.submit",
        entity: "CrossScoreSubmission",
        entityId: submission.id,
        blocId,
        before: null,
        after: {
          scorerAgencyId: input.scorerAgencyId,
          targetAgencyId: input.targetAgencyId,
          tableVersion: table.version,
          points: Object.fromEntries(scores.map((s) => [codes.get(s.criterionId), s.points.toNumber()])),
        },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw already();
    throw e;
  }
}
