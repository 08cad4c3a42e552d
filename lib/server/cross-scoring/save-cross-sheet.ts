import "server-only";
import { crossPointsError, isCrossScorable } from "@/lib/domain/cross-scoring-access";
import { addRowErrors } from "@/lib/forms/sheet-fields";
import type { SaveCrossSheetInput } from "@/lib/schemas/cross-score-input";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";
import { sheetRefusal } from "@/lib/server/sheet-refusal";
import { authorizeScorer } from "./cross-context";
import { crossVersion, deleteCrossScore, requireNotSubmitted, scorerScores, staleCrossScore, writeCrossScore } from "./internal/write-cross-scores";

const NOT_FOUND = "Không tìm thấy bảng tiêu chí này.";

/**
 * An officer or leader of the scorer agency saves its cross-scores of one other member, every
 * criterion at once (a draft until the leader submits; the page also saves this way on its own
 * while people type; docs/decisions/0018). Every row is checked first — a scorable criterion,
 * points in its range — so one wrong row refuses the save with its message next to it and writes
 * nothing. Only the criteria whose points change are written (an emptied field removes the
 * draft score), each audited as save-cross-score.ts does. The form names the version it edited:
 * a page that shows other scores than the stored ones is refused as stale.
 */
export async function saveCrossSheet(input: SaveCrossSheetInput): Promise<{ version: string; saved: number }> {
  const user = await requireUser();
  const found = await db().criteriaTable.findUnique({
    where: { id: input.tableId },
    select: { id: true, cycleId: true, cycle: { select: { blocId: true, year: true, scoringMode: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
  await authorizeScorer(user, found.cycle, input, NOT_FOUND);
  const pair = { cycleId: found.cycleId, scorerAgencyId: input.scorerAgencyId, targetAgencyId: input.targetAgencyId };

  try {
    return await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, found.cycleId, "VERIFICATION");
      const table = await findLockedTable(tx, found.cycleId);
      if (!table || table.id !== found.id) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      await requireNotSubmitted(tx, pair);
      const defs = new Map(table.criteria.map((c) => [c.id, c]));
      const parents = new Set(table.criteria.map((c) => c.parentId).filter((p): p is string => p !== null));

      const errors: Record<string, string[]> = {};
      for (const [criterionId, { points }] of Object.entries(input.entries)) {
        const def = defs.get(criterionId);
        const error = !def
          ? "Tiêu chí này không thuộc bảng tiêu chí đang áp dụng."
          : !isCrossScorable(def, parents)
            ? "Tiêu chí này không chấm điểm chéo."
            : points === null
              ? null
              : crossPointsError(points, def);
        if (error) addRowErrors(errors, criterionId, { points: [error] });
      }
      if (Object.keys(errors).length > 0) throw sheetRefusal(errors);

      const stored = await scorerScores(tx, pair, table.id);
      const points = new Map([...stored].map(([criterionId, s]) => [criterionId, s.points.toNumber()]));
      if (crossVersion(points) !== input.version) throw staleCrossScore();
      const changed = Object.entries(input.entries).filter(([criterionId, row]) => (points.get(criterionId) ?? null) !== row.points);
      if (changed.length === 0) return { version: input.version, saved: 0 };

      const at = { ...pair, blocId: found.cycle.blocId, actorId: user.userId };
      for (const [criterionId, row] of changed) {
        const def = defs.get(criterionId)!;
        const before = stored.get(criterionId);
        if (row.points === null) {
          await deleteCrossScore(tx, at, def, before!);
          points.delete(criterionId);
        } else {
          await writeCrossScore(tx, at, def, before, row.points);
          points.set(criterionId, row.points);
        }
      }
      return { version: crossVersion(points), saved: changed.length };
    });
  } catch (e) {
    // Two first saves of the same criterion at once: the second is stale.
    if (isUniqueViolation(e)) throw staleCrossScore();
    throw e;
  }
}
