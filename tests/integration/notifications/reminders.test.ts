import { beforeEach, describe, expect, it } from "vitest";
import { vietnamDay } from "@/lib/format";
import { resolveDatabaseTarget } from "@/lib/db/target";
import { REMINDERS_LOCK, runPhaseReminders } from "@/lib/notifications/phase-reminders";
import { makeCycle } from "../../factories";
import { dayFromToday, makeRoleUser, makeTwoBlocs, setPhaseWindow } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

/**
 * Phase reminders (docs/decisions/0035): a phase opening today, closing in 3 days or tomorrow is
 * told to those with something still to do in it, once per user and moment, however many runners
 * run it, at the same time or one after the other.
 */
const db = testDb();
const YEAR = 2026;
const today = vietnamDay(new Date());
const plusDays = (n: number) => dayFromToday(n).toISOString().slice(0, 10);

const world = reusableWorld(async () => {
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Sở Nội vụ" });
  const [btg, bdv] = members;
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  const otherCycle = await makeCycle(db, { blocId: blocB.id, year: YEAR });
  const users = {
    BTG_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: btg.id }),
    BTG_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: btg.id }),
    BDV_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
    CHAIR: await makeRoleUser(db, "CHAIR", { blocId: blocA.id }),
    SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: blocA.id }),
    OUTSIDER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: outsider.id }),
    OTHER_CHAIR: await makeRoleUser(db, "CHAIR", { blocId: blocB.id }),
  };
  const form = await db.awardForm.create({
    data: { cycleId: cycle.id, code: "BK", name: "Bằng khen", target: "COLLECTIVE", authorityKind: "PROVINCE_CHAIR", authorityName: "Chủ tịch UBND tỉnh" },
  });
  return { blocA, blocB, btg, bdv, outsider, cycle, otherCycle, users, form };
});

const remindersOf = (userId: string) => db.notification.findMany({ where: { userId, kind: "PHASE_REMINDER" }, orderBy: { createdAt: "asc" } });

describe("phase reminders", () => {
  beforeEach(() => world());

  it("a phase opening today: only the member agencies that have not done their part are told, with where to do it", async () => {
    const w = await world();
    await setPhaseWindow(db, w.cycle.id, "REGISTRATION", [0, 20]);
    await setPhaseWindow(db, w.otherCycle.id, "REGISTRATION", [-2, 20]); // neither opening nor closing soon
    await db.registration.create({ data: { cycleId: w.cycle.id, agencyId: w.btg.id, status: "SUBMITTED" } });

    const run = await runPhaseReminders(db, today);
    expect(run).toEqual({ ran: true, phases: 1, written: 1 });
    const [note] = await remindersOf(w.users.BDV_LEADER);
    expect(note!.message).toBe(
      `Giai đoạn “Đăng ký thi đua” năm ${YEAR} của ${w.blocA.name} mở từ hôm nay đến hết ngày ${plusDays(20).split("-").reverse().join("/")}. Cơ quan của bạn chưa gửi bản đăng ký thi đua.`,
    );
    expect(note!.link).toBe(`/khoi/${w.blocA.code}/${YEAR}/dang-ky/dang-ky-thi-dua`);
    for (const who of ["BTG_LEADER", "BTG_OFFICER", "CHAIR", "SECRETARY", "OUTSIDER", "OTHER_CHAIR"] as const)
      expect(await remindersOf(w.users[who])).toHaveLength(0);
  });

  it("closing in 3 days, then tomorrow: one reminder for each moment, never twice for the same one", async () => {
    const w = await world();
    await setPhaseWindow(db, w.cycle.id, "REGISTRATION", [-10, 3]);
    expect(await runPhaseReminders(db, today)).toMatchObject({ ran: true, written: 3 });
    expect(await runPhaseReminders(db, today)).toMatchObject({ ran: true, written: 0 });
    expect(await runPhaseReminders(db, plusDays(1))).toMatchObject({ ran: true, written: 0 }); // 2 days left: nothing
    expect(await runPhaseReminders(db, plusDays(2))).toMatchObject({ ran: true, written: 3 });
    const notes = await remindersOf(w.users.BTG_LEADER);
    expect(notes.map((n) => n.message.match(/(còn 3 ngày|đóng sau ngày mai)/)![1])).toEqual(["còn 3 ngày", "đóng sau ngày mai"]);
    expect(new Set(notes.map((n) => n.dedupeKey)).size).toBe(2);
  });

  it("the chair is reminded while work waits on them; an agency only while it has a nomination to send", async () => {
    const w = await world();
    await setPhaseWindow(db, w.cycle.id, "NOMINATION", [-5, 1]);
    const nomination = { cycleId: w.cycle.id, awardFormId: w.form.id, target: "COLLECTIVE" as const };
    await db.nomination.create({ data: { ...nomination, agencyId: w.btg.id, status: "RETURNED" } });
    await db.nomination.create({ data: { ...nomination, agencyId: w.bdv.id, status: "PROPOSED" } });

    expect(await runPhaseReminders(db, today)).toMatchObject({ ran: true, phases: 1, written: 3 });
    expect((await remindersOf(w.users.CHAIR))[0]!.message).toMatch(/đóng sau ngày mai .*Còn đề nghị khen thưởng chờ Trưởng khối xem xét\.$/);
    expect((await remindersOf(w.users.BTG_OFFICER))[0]!.message).toMatch(/Cơ quan của bạn còn đề nghị khen thưởng chưa gửi Trưởng khối\.$/);
    expect(await remindersOf(w.users.BDV_LEADER)).toHaveLength(0);
    expect(await remindersOf(w.users.OTHER_CHAIR)).toHaveLength(0);
  });

  it("every phase due at once: each agency is reminded of the phases where its part is not done, the conference of every member", async () => {
    const w = await world();
    for (const key of ["REGISTRATION", "PLEDGE_SIGNING", "EXECUTION", "MID_YEAR_REVIEW", "SELF_SCORING", "VERIFICATION", "OBJECTION", "NOMINATION"] as const)
      await setPhaseWindow(db, w.cycle.id, key, [-30, 3]);
    await setPhaseWindow(db, w.cycle.id, "CONFERENCE", [0, 0]);
    // Bloc B scores by cross-scoring: its only member has no one else to score, so it is done.
    await db.cycle.update({ where: { id: w.otherCycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    await setPhaseWindow(db, w.otherCycle.id, "VERIFICATION", [-5, 1]);

    const run = await runPhaseReminders(db, today);
    expect(run).toMatchObject({ ran: true, phases: 9 });
    const keys = async (userId: string) => (await remindersOf(userId)).map((n) => n.message.match(/“([^”]+)”/)![1]).sort();
    // BTG and BDV: registration, pledge, mid-year report, sheet, conference (nothing in execution,
    // verification by the chair, objections, or nominations without a draft).
    const agencyWork = ["Hội nghị tổng kết", "Ký kết giao ước", "Sơ kết 6 tháng", "Tự chấm điểm", "Đăng ký thi đua"].sort();
    expect(await keys(w.users.BTG_LEADER)).toEqual(agencyWork);
    expect(await keys(w.users.BDV_LEADER)).toEqual(agencyWork);
    expect(await keys(w.users.CHAIR)).toEqual([]);
    expect(await keys(w.users.OUTSIDER)).toEqual([]);
  });

  it("two runners at the same time write each reminder once", async () => {
    const w = await world();
    await setPhaseWindow(db, w.cycle.id, "REGISTRATION", [0, 10]);
    await setPhaseWindow(db, w.otherCycle.id, "REGISTRATION", [-10, 3]);
    const runs = await Promise.all([runPhaseReminders(db, today), runPhaseReminders(db, today)]);
    expect(runs.filter((r) => r.ran).length).toBeGreaterThanOrEqual(1);
    expect(runs.reduce((n, r) => n + (r.ran ? r.written : 0), 0)).toBe(4);
    for (const who of ["BTG_LEADER", "BTG_OFFICER", "BDV_LEADER", "OUTSIDER"] as const) expect(await remindersOf(w.users[who])).toHaveLength(1);
  });

  it.skipIf(resolveDatabaseTarget().kind !== "postgres")(
    "a runner finding the job's lock taken writes nothing and says so (Postgres: two connections)",
    async () => {
      const w = await world();
      await setPhaseWindow(db, w.cycle.id, "REGISTRATION", [0, 10]);
      let during: Awaited<ReturnType<typeof runPhaseReminders>> | undefined;
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REMINDERS_LOCK.namespace}::int, ${REMINDERS_LOCK.job}::int)::text AS locked`;
        during = await runPhaseReminders(db, today);
      });
      expect(during).toEqual({ ran: false });
      expect(await db.notification.count()).toBe(0);
      expect(await runPhaseReminders(db, today)).toMatchObject({ ran: true, written: 3 });
    },
  );
});
