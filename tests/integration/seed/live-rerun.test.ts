import { describe, expect, it } from "vitest";
import { validatePhaseDates } from "@/lib/domain/calendar";
import { checkPhaseOpen, PHASE_KEYS, phaseState } from "@/lib/domain/cycle-phase";
import { addDays, livePhaseDates, type LiveStage } from "../../../prisma/seed/live/calendar";
import { liveToday, vietnamDay } from "../../../prisma/seed/live/today";
import { testDb } from "../setup/db";
import { activityCounts, liveCycle, organisationCounts, seedAsOf, STAGES } from "./live-helpers";

const yearOf = (day: string) => Number(day.slice(0, 4));

async function expectLiveOn(day: string) {
  for (const [code, stage] of Object.entries(STAGES)) {
    const cycle = await liveCycle(code, yearOf(day));
    expect(checkPhaseOpen(cycle.phases, stage, day), `${code} ${stage} on ${day}`).toEqual({ open: true });
  }
}

describe("seed: re-running the live demo (docs/decisions/0005)", () => {
  it("on the same day changes nothing, and on a later day opens the stages again without duplicating anything", { timeout: 600_000 }, async () => {
    const today = vietnamDay();
    const later = addDays(today, 40);
    await seedAsOf(today);
    const first = { activity: await activityCounts(), organisation: await organisationCounts() };
    const thisYear = await activityCounts(yearOf(today));
    const ballotIds = (await testDb().ballot.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((b) => b.id);

    await seedAsOf(today);
    expect({ activity: await activityCounts(), organisation: await organisationCounts() }).toEqual(first);

    await seedAsOf(later);
    await expectLiveOn(later);
    // The year seeded first keeps its scores, publication, vote, ballots and nominations as they were.
    expect(await activityCounts(yearOf(today))).toEqual(thisYear);
    expect(
      (await testDb().ballot.findMany({ where: { vote: { meeting: { cycle: { year: yearOf(today) } } } }, select: { id: true }, orderBy: { id: "asc" } })).map(
        (b) => b.id,
      ),
    ).toEqual(ballotIds);
    if (yearOf(later) === yearOf(today)) {
      expect(await activityCounts()).toEqual(first.activity);
    } else {
      // A new calendar year: a new live year beside the old one, with its own data.
      expect((await activityCounts(yearOf(later))).sheets).toBeGreaterThan(0);
    }

    const afterLater = { activity: await activityCounts(), organisation: await organisationCounts() };
    await seedAsOf(later);
    expect({ activity: await activityCounts(), organisation: await organisationCounts() }).toEqual(afterLater);
    await expectLiveOn(later);
  });

  it("within one year, a later day moves the phases and keeps every row", { timeout: 600_000 }, async () => {
    await seedAsOf("2026-03-10");
    await expectLiveOn("2026-03-10");
    const before = { activity: await activityCounts(), organisation: await organisationCounts() };
    const phasesBefore = (await liveCycle("TW-CQD", 2026)).phases;

    await seedAsOf("2026-04-19");
    await expectLiveOn("2026-04-19");
    expect({ activity: await activityCounts(), organisation: await organisationCounts() }).toEqual(before);
    expect((await liveCycle("TW-CQD", 2026)).phases).not.toEqual(phasesBefore);
    // The vote is still open and the box still matches the roll, so the chair can close it.
    const vote = await testDb().vote.findFirstOrThrow({
      where: { meeting: { cycle: { year: 2026, bloc: { code: "TW-CQD" } } } },
      select: { id: true, status: true },
    });
    expect(vote.status).toBe("OPEN");
    expect(await testDb().sealedBallot.count({ where: { voteId: vote.id } })).toBe(await testDb().voterRollEntry.count({ where: { voteId: vote.id } }));
  });
});

describe("live calendar (prisma/seed/live/calendar.ts)", () => {
  const stages: LiveStage[] = ["SELF_SCORING", "VERIFICATION", "CONFERENCE", "NOMINATION"];

  it("on every day of a year, opens the stage, closes what comes before and keeps what follows to come", () => {
    for (const year of [2026, 2028]) {
      for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
        for (const stage of stages) {
          const phases = livePhaseDates(year, day, stage);
          const at = PHASE_KEYS.indexOf(stage);
          expect(validatePhaseDates(year, phases)).toBeNull();
          expect(phases.map((p) => p.key)).toEqual([...PHASE_KEYS]);
          expect(phases.every((p, i) => i === 0 || p.opensOn >= phases[i - 1]!.opensOn)).toBe(true);
          const states = phases.map((p) => phaseState(p, day));
          expect(states[at]).toBe("OPEN");
          expect(states.slice(at + 1).every((s) => s === "UPCOMING")).toBe(true);
          // 1 January leaves no earlier day: the earlier phases share it (documented in 0005).
          if (!day.endsWith("-01-01"))
            expect(
              states.slice(0, at).every((s) => s === "CLOSED"),
              `${stage} ${day}`,
            ).toBe(true);
        }
      }
    }
  });

  it("takes SEED_TODAY when given and refuses a malformed one", () => {
    expect(liveToday({ SEED_TODAY: "2026-04-19" })).toBe("2026-04-19");
    expect(liveToday({})).toBe(vietnamDay());
    expect(() => liveToday({ SEED_TODAY: "19/04/2026" })).toThrow(/SEED_TODAY/);
    // Vietnam is UTC+7: 17:30 UTC on 31 December is already 1 January there.
    expect(vietnamDay(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01");
  });
});
