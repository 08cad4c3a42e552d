import "server-only";
import { crossPointsError, crossScoringRefusal, isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";
import { NOT_CROSS_MODE } from "./cross-context";
import type { SaveCrossScoreInput } from "@/lib/schemas/cross-score-input";

const stale = () =>
  new AppError("CONFLICT", "Điểm chấm chéo của tiêu chí này đã được người khác cập nhật. Trang đang hiển thị điểm mới nhất; vui lòng xem lại rồi lưu lại.");

/**
 * An officer or leader of the scorer agency saves its cross-score of one criterion of another
 * member (a draft until the leader submits for that target). The bloc, year and cycle come from
 * the criterion; VERIFICATION must be open and the year in CROSS_SCORING mode. The form names
 * the value it showed (`previous`): a value changed meanwhile by a colleague is a CONFLICT.
 */
export async function saveCrossScore(input: SaveCrossScoreInput): Promise<{ points: number }> {
  const user = await requireUser();
  const criterion = await db().criterion.findUnique({
    where: { id: input.criterionId },
    select: { id: true, tableId: true, table: { select: { cycleId: true, cycle: { select: { blocId: true, year: true, scoringMode: true } } } } },
  });
  if (!criterion) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này.");
  authorize(user, "bloc:read", { blocId: criterion.table.cycle.blocId }, { notFound: "Không tìm thấy tiêu chí này." });
  const { blocId, year, scoringMode } = criterion.table.cycle;
  const cycleId = criterion.table.cycleId;
  authorize(
    user,
    "score:cross:own",
    { blocId, agencyId: input.scorerAgencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan thành viên được chấm chéo thay cho cơ quan mình." },
  );
  const members = await db().membership.findMany({
    where: { blocId, year, agencyId: { in: [input.scorerAgencyId, input.targetAgencyId] } },
    select: { agencyId: true },
  });
  const refusal = crossScoringRefusal(input.scorerAgencyId, input.targetAgencyId, new Set(members.map((m) => m.agencyId)));
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  if (scoringMode !== "CROSS_SCORING") throw new AppError("INVALID_INPUT", NOT_CROSS_MODE);

  try {
    return await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, cycleId, "VERIFICATION");
      const table = await findLockedTable(tx, cycleId);
      if (!table || table.id !== criterion.tableId) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      const def = table.criteria.find((c) => c.id === criterion.id)!;
      const parents = new Set(table.criteria.map((c) => c.parentId).filter((p): p is string => p !== null));
      if (!isCrossScorable(def, parents)) {
        throw new AppError(
          "INVALID_INPUT",
          def.type === "GATE" ? "Tiêu chí phủ quyết không chấm điểm chéo." : "Điểm của nhóm là tổng điểm các tiêu chí con, không chấm trực tiếp.",
        );
      }
      const error = crossPointsError(input.points, def);
      if (error) throw new AppError("INVALID_INPUT", error, { points: [error] });
      const submitted = await tx.crossScoreSubmission.findUnique({
        where: { cycleId_scorerAgencyId_targetAgencyId: { cycleId, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId } },
        select: { id: true },
      });
      if (submitted) throw new AppError("INVALID_INPUT", "Cơ quan đã nộp điểm chấm chéo cho cơ quan này: không thể sửa.");

      const key = {
        scorerAgencyId_targetAgencyId_criterionId: { scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId, criterionId: def.id },
      };
      const before = await tx.crossScore.findUnique({ where: key, select: { id: true, points: true } });
      if ((before ? before.points.toNumber() : null) !== input.previous) throw stale();
      let id: string;
      if (before) {
        const { count } = await tx.crossScore.updateMany({ where: { id: before.id, points: before.points }, data: { points: input.points } });
        if (count === 0) throw stale();
        id = before.id;
      } else {
        id = (
          await tx.crossScore.create({
            data: { cycleId, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId, criterionId: def.id, points: input.points },
            select: { id: true },
          })
        ).id;
      }
      await writeAudit(tx, {
        actorId: user.userId,
        action: before ? "cross-score.update" : "cross-score.create",
        entity: "CrossScore",
        entityId: id,
        blocId,
        before: before && { points: before.points.toNumber() },
        after: { criterionCode: def.code, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId, points: input.points },
      });
      return { points: input.points };
    });
  } catch (e) {
    // Two first saves of the same criterion at once: the second is stale.
    if (isUniqueViolation(e)) throw stale();
    throw e;
  }
}
