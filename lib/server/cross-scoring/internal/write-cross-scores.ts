import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";

/**
 * The writes behind cross-scoring, shared by the one-criterion save and the whole-sheet save.
 * They take the caller's transaction and check nothing about who calls (authorizeScorer and the
 * use cases do). Each write is conditional on the value it replaces, so two saves never overwrite
 * each other unseen.
 */

export const staleCrossScore = () =>
  new AppError("CONFLICT", "Điểm chấm chéo đã được người khác cập nhật. Trang đang hiển thị điểm mới nhất; vui lòng xem lại rồi lưu lại.");

type Pair = { cycleId: string; scorerAgencyId: string; targetAgencyId: string };
type Def = { id: string; code: string };
type At = Pair & { blocId: string; actorId: string };
export type StoredScore = { id: string; points: Prisma.Decimal };

/** Scores already submitted for the target are read-only. */
export async function requireNotSubmitted(tx: Prisma.TransactionClient, pair: Pair): Promise<void> {
  const submitted = await tx.crossScoreSubmission.findUnique({ where: { cycleId_scorerAgencyId_targetAgencyId: pair }, select: { id: true } });
  if (submitted) throw new AppError("INVALID_INPUT", "Cơ quan đã nộp điểm chấm chéo cho cơ quan này: không thể sửa.");
}

/** The scorer's stored scores of the target on one table, by criterion. */
export async function scorerScores(tx: Prisma.TransactionClient, pair: Pair, tableId: string): Promise<Map<string, StoredScore>> {
  const rows = await tx.crossScore.findMany({ where: { ...pair, criterion: { tableId } }, select: { id: true, criterionId: true, points: true } });
  return new Map(rows.map((r) => [r.criterionId, { id: r.id, points: r.points }]));
}

/**
 * The version of one scorer's cross-scores of one target: a digest of every (criterion, points).
 * There is no sheet row to count versions on; any change of any score changes it, so a page that
 * shows other scores than the stored ones is refused as stale (docs/decisions/0018).
 */
export function crossVersion(scores: ReadonlyMap<string, number>): string {
  const text = [...scores]
    .map(([criterionId, points]) => `${criterionId}=${points}`)
    .sort()
    .join(";");
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

/** Saves one criterion's score (new or replacing `before`) with its audit row. */
export async function writeCrossScore(tx: Prisma.TransactionClient, at: At, def: Def, before: StoredScore | undefined, points: number): Promise<void> {
  let id: string;
  if (before) {
    const { count } = await tx.crossScore.updateMany({ where: { id: before.id, points: before.points }, data: { points } });
    if (count === 0) throw staleCrossScore();
    id = before.id;
  } else {
    const data = { cycleId: at.cycleId, scorerAgencyId: at.scorerAgencyId, targetAgencyId: at.targetAgencyId, criterionId: def.id, points };
    id = (await tx.crossScore.create({ data, select: { id: true } })).id;
  }
  await writeAudit(tx, {
    actorId: at.actorId,
    action: before ? "cross-score.update" : "cross-score.create",
    entity: "CrossScore",
    entityId: id,
    blocId: at.blocId,
    before: before && { points: before.points.toNumber() },
    after: { criterionCode: def.code, scorerAgencyId: at.scorerAgencyId, targetAgencyId: at.targetAgencyId, points },
  });
}

/** Removes a draft score whose field was emptied, with its audit row. */
export async function deleteCrossScore(tx: Prisma.TransactionClient, at: At, def: Def, before: StoredScore): Promise<void> {
  const { count } = await tx.crossScore.deleteMany({ where: { id: before.id, points: before.points } });
  if (count === 0) throw staleCrossScore();
  await writeAudit(tx, {
    actorId: at.actorId,
    action: "cross-score.delete",
    entity: "CrossScore",
    entityId: before.id,
    blocId: at.blocId,
    before: { points: before.points.toNumber() },
    after: { criterionCode: def.code, scorerAgencyId: at.scorerAgencyId, targetAgencyId: at.targetAgencyId, points: null },
  });
}
