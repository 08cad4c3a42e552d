// `npm run jobs:run`: one round of the scheduled work — today's phase reminders, then the e-mail
// outbox — for a cron when the app's own timer is off (JOBS_INTERVAL_SECONDS=0), or to run a round
// now. Safe beside running instances and other runs of itself: one runner writes the reminders
// (an advisory lock), and each e-mail is claimed by one sender (docs/decisions/0035).
import { createPrisma } from "../lib/db/client";
import { appEnv } from "../lib/env";
import { configuredMailer } from "../lib/mail/transport";
import { describeJobs, runJobs } from "../lib/notifications/run-jobs";

appEnv(); // a bad environment stops here with what to set
const { db, close } = createPrisma();
try {
  const report = await runJobs(db, configuredMailer());
  console.log(`[jobs] ${describeJobs(report)}`);
  if (report.mail && report.mail.failed > 0) process.exitCode = 1;
} finally {
  await close();
}
