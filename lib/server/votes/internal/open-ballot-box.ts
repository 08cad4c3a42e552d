import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { checkClose, shuffled } from "@/lib/domain/voting";
import { appEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { openEnvelope, type BallotContent } from "@/lib/votes/ballot-envelope";

/**
 * Opening the ballot box, inside the closing transaction (docs/decisions/0006-ballot-secrecy.md):
 * the box must hold as many envelopes as the roll has entries; every envelope is opened, the
 * ballots are put in a uniformly random order and written as readable ballots with fresh random
 * ids — all by this one transaction, so they share no transaction id, physical order or id order
 * with the casts — and the envelopes are deleted. Ballots already in the readable box (written
 * before envelopes existed) are taken out and shuffled in with the rest.
 * Queries run one after another: one transaction is one connection.
 */
export async function openBallotBox(tx: Prisma.TransactionClient, voteId: string): Promise<BallotContent[]> {
  const sealed = await tx.sealedBallot.findMany({ where: { voteId }, select: { envelope: true } });
  const unsealed = await tx.ballot.findMany({ where: { voteId }, select: { isBlank: true, choices: { select: { candidateId: true } } } });
  const rollCount = await tx.voterRollEntry.count({ where: { voteId } });
  const check = checkClose(sealed.length + unsealed.length, rollCount);
  if (!check.ok) throw new AppError("CONFLICT", check.message);

  const secret = appEnv().NEXTAUTH_SECRET;
  const opened = sealed.map((s) => openEnvelope(secret, voteId, s.envelope));
  const unreadable = opened.filter((b) => b === null).length;
  if (unreadable > 0) {
    throw new AppError(
      "CONFLICT",
      `Không mở được ${unreadable} phiếu đã niêm phong: khóa bí mật của hệ thống (NEXTAUTH_SECRET) đã thay đổi từ khi bỏ phiếu. ` +
        "Quản trị viên cần khôi phục khóa cũ rồi kết thúc lại; các phiếu vẫn được giữ nguyên.",
    );
  }
  const box = shuffled(
    [...(opened as BallotContent[]), ...unsealed.map((b) => ({ isBlank: b.isBlank, choices: b.choices.map((c) => c.candidateId) }))],
    randomInt,
  );

  await tx.sealedBallot.deleteMany({ where: { voteId } });
  await tx.ballot.deleteMany({ where: { voteId } });
  const ids = box.map(() => randomUUID());
  await tx.ballot.createMany({ data: box.map((b, i) => ({ id: ids[i]!, voteId, isBlank: b.isBlank })) });
  const choices = box.flatMap((b, i) => b.choices.map((candidateId) => ({ ballotId: ids[i]!, candidateId })));
  if (choices.length > 0) await tx.ballotChoice.createMany({ data: choices });
  return box;
}

/**
 * After the closing commits: reclaim the deleted envelopes' rows, so the table no longer holds
 * them even as dead rows. Best effort — VACUUM needs the table's owner, and without it the rows
 * go at the next autovacuum; a failure says nothing about any ballot, so it is not reported.
 */
export async function sweepSealedBallots(): Promise<void> {
  await db()
    .$executeRawUnsafe(`VACUUM "SealedBallot"`)
    .catch(() => undefined);
}
