import "server-only";
import { crossPointsError, isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";
import type { SaveCrossScoreInput } from "@/lib/schemas/cross-score-input";
import { authorizeScorer } from "./cross-context";
import { requireNotSubmitted, scorerScores, writeCrossScore } from "./internal/write-cross-scores";

const stale = () =>
  new AppError("CONFLICT", "Điểm chấm chéo của tiêu chí này đã được người khác cập nhật. Trang đang hiển thị điểm mới nhất; vui lòng xem lại rồi lưu lại.");

/**
 * An officer or leader of the scorer agency saves its cross-score of one criterion of another
 * member (a draft until the leader submits for that target); the page saves every criterion at
 * once (save-cross-sheet.ts) with the same writes. The bloc, year and cycle come from the
 * criterion; VERIFICATION must be open and the year in CROSS_SCORING mode. The form names the
 * value it showed (`previous`): a value changed meanwhile by a colleague is a CONFLICT.
 */
export async function saveCrossScore(input: SaveCrossScoreInput): Promise<{ points: number }> {
  const user = await requireUser();
  const criterion = await db().criterion.findUnique({
    where: { id: input.criterionId },
    select: { id: true, tableId: true, table: { select: { cycleId: true, cycle: { select: { blocId: true, year: true, scoringMode: true } } } } },
  });
  if (!criterion) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này.");
  const { cycle, cycleId } = criterion.table;
  await authorizeScorer(user, cycle, input, "Không tìm thấy tiêu chí này.");

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
      const pair = { cycleId, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId };
      await requireNotSubmitted(tx, pair);

      const before = (await scorerScores(tx, pair, table.id)).get(def.id);
      if ((before ? before.points.toNumber() : null) !== input.previous) throw stale();
      await writeCrossScore(tx, { ...pair, blocId: cycle.blocId, actorId: user.userId }, def, before, input.points);
      return { points: input.points };
    });
  } catch (e) {
    // Two first saves of the same criterion at once: the second is stale.
    if (isUniqueViolation(e)) throw stale();
    throw e;
  }
}
