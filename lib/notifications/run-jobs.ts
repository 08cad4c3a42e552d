import { vietnamDay } from "@/lib/format";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Mailer } from "@/lib/mail/transport";
import { deliverOutbox, type DeliveryReport } from "./deliver-outbox";
import { runPhaseReminders, type ReminderRun } from "./phase-reminders";

export interface JobsReport {
  reminders: ReminderRun;
  /** null when e-mail is not configured: the outbox rows wait for a run that has SMTP_URL. */
  mail: DeliveryReport | null;
}

/**
 * One round of the scheduled work (docs/decisions/0035): today's phase reminders (once, whichever
 * runner gets the lock), then the outbox's due e-mails — after the reminders, so theirs go out in
 * the same round. Run by the timer of every app instance (lib/notifications/job-timer.ts) and by
 * `npm run jobs:run` (scripts/run-jobs.ts) for a cron.
 */
export async function runJobs(db: PrismaClient, mailer: Mailer | null, now: Date = new Date()): Promise<JobsReport> {
  const reminders = await runPhaseReminders(db, vietnamDay(now));
  const mail = mailer ? await deliverOutbox(db, mailer) : null;
  return { reminders, mail };
}

/** The report in one line for the server log and the script's output. */
export function describeJobs(r: JobsReport): string {
  const reminders = r.reminders.ran
    ? `nhắc việc: ${r.reminders.written} thông báo mới (${r.reminders.phases} giai đoạn đến hạn nhắc)`
    : "nhắc việc: bỏ qua (một tiến trình khác đang chạy)";
  const mail = r.mail
    ? `e-mail: gửi ${r.mail.sent}, thử lại sau ${r.mail.retried}, bỏ ${r.mail.failed}`
    : "e-mail: chưa cấu hình SMTP_URL, thư chờ trong hàng đợi";
  return `${reminders}; ${mail}`;
}

/** Whether a round did anything worth a line in the server log (a quiet round every few minutes is not). */
export function jobsDidSomething(r: JobsReport): boolean {
  const mail = r.mail ? r.mail.sent + r.mail.retried + r.mail.failed : 0;
  return (r.reminders.ran && r.reminders.written > 0) || mail > 0;
}
