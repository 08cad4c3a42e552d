import { resolveDatabaseTarget } from "./lib/db/target";
import { appEnv } from "./lib/env";

try {
  appEnv();
  resolveDatabaseTarget();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}

// The scheduled work (phase reminders, the e-mail outbox) runs in every instance; the database
// lets one do each piece (docs/decisions/0035). JOBS_INTERVAL_SECONDS=0 leaves it to a cron.
const interval = appEnv().JOBS_INTERVAL_SECONDS;
if (interval > 0) {
  const [{ getDb }, { configuredMailer }, { startJobTimer }, { describeJobs, jobsDidSomething, runJobs }] = await Promise.all([
    import("./lib/db/client"),
    import("./lib/mail/transport"),
    import("./lib/notifications/job-timer"),
    import("./lib/notifications/run-jobs"),
  ]);
  startJobTimer(interval, async () => {
    const report = await runJobs(getDb(), configuredMailer());
    return jobsDidSomething(report) ? describeJobs(report) : "";
  });
}
