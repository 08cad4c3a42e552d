import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";

/**
 * Locks an OPEN vote's row until the caller's transaction ends, or refuses: a ballot being cast
 * holds the row FOR SHARE (cast-ballot), so closing waits for it, and two closings take turns.
 * Shared by close-vote and record-paper-count; it writes nothing, so their check step runs it too.
 */
export async function lockOpenVote(tx: Prisma.TransactionClient, voteId: string, closedMessage: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Vote" WHERE "id" = ${voteId} FOR UPDATE`;
  const now = await tx.vote.findUnique({ where: { id: voteId }, select: { status: true } });
  if (now?.status !== "OPEN") throw new AppError("CONFLICT", now?.status === "DRAFT" ? "Cuộc biểu quyết chưa được mở." : closedMessage);
}
