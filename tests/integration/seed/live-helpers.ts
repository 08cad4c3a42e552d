import { PHASE_KEYS, type PhaseKey } from "@/lib/domain/cycle-phase";
import { isoDay } from "@/lib/format";
import { runSeedSteps } from "../../../prisma/seed";
import type { LiveStage } from "../../../prisma/seed/live/calendar";
import { testDb } from "../setup/db";

/** The live blocs and the stage each shows (prisma/seed/live/organisation.ts LIVE_BLOCS). */
export const STAGES: Record<string, LiveStage> = { "CT-CQD": "SELF_SCORING", "QNG-CQD": "VERIFICATION", "TW-CQD": "CONFERENCE", "NB-CQD": "NOMINATION" };

/** Runs the whole seed as `npm run db:seed` does, as of `today` (SEED_TODAY), or of the real day. */
export async function seedAsOf(today?: string): Promise<void> {
  if (today) process.env.SEED_TODAY = today;
  else delete process.env.SEED_TODAY;
  try {
    await runSeedSteps(testDb());
  } finally {
    delete process.env.SEED_TODAY;
  }
}

export async function liveCycle(blocCode: string, year: number) {
  const cycle = await testDb().cycle.findFirstOrThrow({
    where: { year, bloc: { code: blocCode } },
    select: { id: true, blocId: true, year: true, rules: true, phases: true },
  });
  const phases = PHASE_KEYS.map((key) => {
    const p = cycle.phases.find((x) => x.key === key)!;
    return { key: key as PhaseKey, opensOn: isoDay(p.opensOn), closesOn: isoDay(p.closesOn), reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null };
  });
  return { ...cycle, phases };
}

/** The live activity of one year, or of every year: what a re-run must not duplicate. */
export async function activityCounts(year?: number) {
  const db = testDb();
  const cycle = year === undefined ? {} : { year };
  const [
    sheets,
    entries,
    files,
    publications,
    votes,
    roll,
    sealed,
    ballots,
    choices,
    nominations,
    registrations,
    pledges,
    meetings,
    attendances,
    activities,
    participants,
  ] = await Promise.all([
    db.scoreSheet.count({ where: { cycle } }),
    db.scoreEntry.count({ where: { sheet: { cycle } } }),
    db.storedFile.count({ where: { scoreEntry: { sheet: { cycle } } } }),
    db.resultPublication.count({ where: { cycle } }),
    db.vote.count({ where: { meeting: { cycle } } }),
    db.voterRollEntry.count({ where: { vote: { meeting: { cycle } } } }),
    db.sealedBallot.count({ where: { vote: { meeting: { cycle } } } }),
    db.ballot.count({ where: { vote: { meeting: { cycle } } } }),
    db.ballotChoice.count({ where: { ballot: { vote: { meeting: { cycle } } } } }),
    db.nomination.count({ where: { cycle } }),
    db.registration.count({ where: { cycle } }),
    db.pledge.count({ where: { cycle } }),
    db.meeting.count({ where: { cycle } }),
    db.attendance.count({ where: { meeting: { cycle } } }),
    db.blocActivity.count({ where: { cycle } }),
    db.blocActivityParticipant.count({ where: { activity: { cycle } } }),
  ]);
  return {
    sheets,
    entries,
    files,
    publications,
    votes,
    roll,
    sealed,
    ballots,
    choices,
    nominations,
    registrations,
    pledges,
    meetings,
    attendances,
    activities,
    participants,
  };
}

/** Everything else a re-run upserts: blocs, people, calendars. */
export async function organisationCounts() {
  const db = testDb();
  const [blocs, agencies, users, roles, cycles, phases, memberships, terms, tables, criteria] = await Promise.all([
    db.bloc.count(),
    db.agency.count(),
    db.user.count(),
    db.roleAssignment.count(),
    db.cycle.count(),
    db.cyclePhase.count(),
    db.membership.count(),
    db.officerTerm.count(),
    db.criteriaTable.count(),
    db.criterion.count(),
  ]);
  return { blocs, agencies, users, roles, cycles, phases, memberships, terms, tables, criteria };
}
