import { isoDay } from "@/lib/format";
import { reminderDays, reminderKey, reminderMessage, reminderMoment } from "@/lib/domain/notifications";
import { PHASE_TODO, reminderLink } from "@/lib/domain/phase-reminders";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { agencyStaff, blocStaff, notifyEach, type NotificationItem } from "./notify";
import { pendingWork, type DuePhase } from "./pending-work";

/** The advisory lock of the reminders job: any fixed pair, the same in every instance. */
export const REMINDERS_LOCK = { namespace: 7_340_034, job: 1 } as const;

export type ReminderRun = { ran: false } | { ran: true; phases: number; written: number };

/**
 * The phase reminders of `today` (docs/decisions/0035): a phase opening today, closing in 3 days
 * or tomorrow, told to those with something still to do in it. Runs in one transaction that
 * first takes a transaction-level advisory lock without waiting: of two runners at the same time
 * (two instances' timers, the cron script) one runs and the other returns `{ ran: false }`. Each
 * reminder has a dedupe key (phase, moment, day) unique per user, so a later run the same day
 * writes only what is new (someone given a role since, a phase moved) and never a reminder twice.
 */
export async function runPhaseReminders(db: PrismaClient, today: string): Promise<ReminderRun> {
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock(${REMINDERS_LOCK.namespace}::int, ${REMINDERS_LOCK.job}::int) AS locked`;
      if (!locked) return { ran: false };
      const days = reminderDays(today);
      const rows = await tx.cyclePhase.findMany({
        where: {
          key: { not: "EXECUTION" },
          OR: [{ opensOn: new Date(days.opensOn) }, { closesOn: { in: days.closesOn.map((d) => new Date(d)) } }],
        },
        select: {
          id: true,
          key: true,
          opensOn: true,
          closesOn: true,
          cycle: { select: { id: true, year: true, scoringMode: true, blocId: true, bloc: { select: { code: true, name: true } } } },
        },
      });
      const phases = rows.flatMap((r) => {
        const moment = reminderMoment({ opensOn: isoDay(r.opensOn), closesOn: isoDay(r.closesOn) }, today);
        return moment ? [{ row: r, moment }] : [];
      });
      const due: DuePhase[] = phases.map(({ row }) => ({
        id: row.id,
        key: row.key,
        cycleId: row.cycle.id,
        blocId: row.cycle.blocId,
        year: row.cycle.year,
        scoringMode: row.cycle.scoringMode,
      }));
      const pending = await pendingWork(tx, due);
      const agencies = [...new Set([...pending.values()].flatMap((w) => w.agencyIds))];
      const staff = await agencyStaff(tx, agencies);
      const chairBlocs = [...new Set(due.filter((p) => pending.get(p.id)?.chair).map((p) => p.blocId))];
      const chairs = await blocStaff(tx, chairBlocs, ["CHAIR"]);

      const items: NotificationItem[] = [];
      for (const { row, moment } of phases) {
        const work = pending.get(row.id)!;
        const todo = PHASE_TODO[row.key];
        const base = { key: row.key, moment, closesOn: isoDay(row.closesOn), year: row.cycle.year, blocName: row.cycle.bloc.name };
        const dedupeKey = reminderKey(row.id, moment, today);
        const tell = (userIds: string[], audience: NonNullable<typeof todo.agency>) => {
          const message = reminderMessage({ ...base, todo: audience.todo });
          const link = reminderLink(row.cycle.bloc.code, row.cycle.year, audience);
          for (const userId of userIds) items.push({ userId, message, link, dedupeKey });
        };
        if (todo.agency && work.agencyIds.length) {
          const waiting = new Set(work.agencyIds);
          tell(
            staff.filter((s) => waiting.has(s.agencyId)).map((s) => s.userId),
            todo.agency,
          );
        }
        if (todo.chair && work.chair)
          tell(
            chairs.filter((c) => c.blocId === row.cycle.blocId).map((c) => c.userId),
            todo.chair,
          );
      }
      const written = await writeReminders(tx, items);
      return { ran: true, phases: phases.length, written };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/**
 * notifyEach keeps one item per user, and a user may be owed reminders of several phases: the
 * items go in rounds, each user's first reminder, then their second… (as many rounds as the most
 * phases one user is reminded of, not one per phase). The same reminder named twice (a user
 * who is both an agency's leader and the chair) is written once.
 */
async function writeReminders(tx: Parameters<typeof notifyEach>[0], items: NotificationItem[]): Promise<number> {
  const seen = new Set<string>();
  const perUser = new Map<string, NotificationItem[]>();
  for (const item of items) {
    const key = `${item.userId}|${item.dedupeKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    perUser.set(item.userId, [...(perUser.get(item.userId) ?? []), item]);
  }
  const lists = [...perUser.values()];
  const rounds = Math.max(0, ...lists.map((l) => l.length));
  let written = 0;
  for (let i = 0; i < rounds; i++)
    written += await notifyEach(
      tx,
      "PHASE_REMINDER",
      lists.flatMap((l) => (l[i] ? [l[i]] : [])),
    );
  return written;
}
