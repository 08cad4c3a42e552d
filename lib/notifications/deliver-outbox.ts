import { afterFailure, MAIL_LEASE_MS } from "@/lib/domain/notifications";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/mail/transport";

interface ClaimedMail {
  id: string;
  toAddress: string;
  toName: string;
  subject: string;
  text: string;
  attempts: number;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Sends the outbox's due e-mails (docs/decisions/0034). Each batch is claimed in one statement:
 * `FOR UPDATE SKIP LOCKED` lets concurrent senders (other instances, the cron script) pass over
 * rows another is claiming, and the lease written with the claim (lockedUntil) keeps them off a
 * claimed row while it is being sent — so no two senders send the same row. The attempt counts
 * with the claim; a failure is retried after a growing delay until MAIL_MAX_ATTEMPTS, then the
 * row is FAILED with its last error. A sender that dies mid-send leaves a lease that expires:
 * the row is tried again (at least once, never twice at the same time). Each message carries a
 * Message-ID made from its row, so a mail system can recognise that rare repeat.
 */
export async function deliverOutbox(db: PrismaClient, mailer: Mailer, opts: { now?: () => Date; batch?: number } = {}): Promise<DeliveryReport> {
  const now = opts.now ?? (() => new Date());
  const batch = opts.batch ?? 20;
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const claimed = await claim(db, now(), batch);
    for (const mail of claimed) {
      try {
        await mailer.transport.sendMail({
          from: mailer.from,
          to: { name: mail.toName, address: mail.toAddress },
          subject: mail.subject,
          text: mail.text,
          messageId: `<${mail.id}@thong-bao.thi-dua-khoi>`,
        });
        await db.mailOutbox.updateMany({
          where: { id: mail.id, status: "PENDING" },
          data: { status: "SENT", sentAt: now(), lockedUntil: null, lastError: null },
        });
        report.sent++;
      } catch (error) {
        const next = afterFailure(mail.attempts, now());
        const lastError = String((error as Error).message ?? error).slice(0, 500);
        await db.mailOutbox.updateMany({ where: { id: mail.id, status: "PENDING" }, data: { ...next, lockedUntil: null, lastError } });
        if (next.status === "FAILED") {
          report.failed++;
          console.error(`[mail] Bỏ thư ${mail.id} tới ${mail.toAddress} sau ${mail.attempts} lần gửi không được: ${lastError}`);
        } else report.retried++;
      }
    }
    if (claimed.length < batch) return report;
  }
}

async function claim(db: PrismaClient, now: Date, batch: number): Promise<ClaimedMail[]> {
  const leaseEnds = new Date(now.getTime() + MAIL_LEASE_MS);
  return db.$queryRaw<ClaimedMail[]>`
    UPDATE "MailOutbox" SET "lockedUntil" = ${leaseEnds}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "MailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "toName", "subject", "text", "attempts"`;
}
