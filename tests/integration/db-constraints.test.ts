import { beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../factories";
import { testDb } from "./setup/db";

// The database itself enforces these rules (prisma/migrations/*_init,
// hand-written constraints, docs/decisions/0004): a bug in a use case must
// not be able to store a row that breaks them.

let db: PrismaClient;
beforeEach(() => {
  db = testDb();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Asserts a unique violation whichever adapter is in use: @prisma/adapter-pg
 * maps SQLSTATE 23505 to P2002, while pglite-prisma-adapter 0.6.1 passes the
 * raw Postgres error through (DriverAdapterError, cause.code "23505").
 */
async function expectUniqueViolation(write: Promise<unknown>, constraint: string) {
  const error = await write.then(
    () => expect.fail(`expected ${constraint} to reject the write`),
    (e: unknown) => e as { code?: string; message: string; meta?: unknown; cause?: { code?: string } },
  );
  expect(error.code === "P2002" || error.cause?.code === "23505", error.message).toBe(true);
  expect(`${error.message} ${JSON.stringify(error.meta ?? {})}`).toContain(constraint);
}

describe("Membership", () => {
  it("allows one membership per agency per bloc per year", async () => {
    const bloc = await makeBloc(db);
    const agency = await makeAgency(db);
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2026 });

    await expectUniqueViolation(makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2026 }), "Membership_blocId_agencyId_year_key");
    // Next year, or another bloc the same year, is a different membership.
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2027 });
    const other = await makeBloc(db);
    await makeMembership(db, { blocId: other.id, agencyId: agency.id, year: 2026 });
    expect(await db.membership.count({ where: { agencyId: agency.id } })).toBe(3);
  });
});

describe("OfficerTerm overlap trigger", () => {
  async function setup() {
    const bloc = await makeBloc(db);
    const a = await makeAgency(db);
    const b = await makeAgency(db);
    const term = (agencyId: string, role: "HEAD" | "DEPUTY", startsOn: string, endsOn: string) =>
      db.officerTerm.create({
        data: { blocId: bloc.id, agencyId, role, startsOn: day(startsOn), endsOn: day(endsOn), method: "ELECTED" },
      });
    await term(a.id, "HEAD", "2026-01-01", "2026-12-31");
    return { bloc, a, b, term };
  }

  it("rejects an overlapping term of the same role in the same bloc", async () => {
    const { b, term } = await setup();
    await expect(term(b.id, "HEAD", "2026-06-01", "2027-05-31")).rejects.toThrow(/officer_term_overlap/);
    // Touching on the last day is an overlap too (ranges are inclusive).
    await expect(term(b.id, "HEAD", "2026-12-31", "2027-12-31")).rejects.toThrow(/officer_term_overlap/);
  });

  it("rejects an update that makes two terms overlap", async () => {
    const { b, term } = await setup();
    const next = await term(b.id, "HEAD", "2027-01-01", "2027-12-31");
    await expect(db.officerTerm.update({ where: { id: next.id }, data: { startsOn: day("2026-11-01") } })).rejects.toThrow(/officer_term_overlap/);
  });

  it("accepts the adjacent next term, another role, and another bloc", async () => {
    const { a, b, term } = await setup();
    await term(b.id, "HEAD", "2027-01-01", "2027-12-31");
    await term(b.id, "DEPUTY", "2026-01-01", "2026-12-31");
    const otherBloc = await makeBloc(db);
    await db.officerTerm.create({
      data: {
        blocId: otherBloc.id,
        agencyId: a.id,
        role: "HEAD",
        startsOn: day("2026-01-01"),
        endsOn: day("2026-12-31"),
        method: "ROTATION",
      },
    });
    expect(await db.officerTerm.count()).toBe(4);
  });
});

describe("ScoreEntry points range", () => {
  async function entry(selfPoints: number | null) {
    const bloc = await makeBloc(db);
    const agency = await makeAgency(db);
    const cycle = await makeCycle(db, { blocId: bloc.id });
    const table = await db.criteriaTable.create({
      data: { cycleId: cycle.id, version: 1, title: "Bảng tiêu chí 2026", scale: 100 },
    });
    const criterion = await db.criterion.create({
      data: { tableId: table.id, code: "I.1", name: "Công tác tham mưu", type: "GRADED", order: 1, maxPoints: 10 },
    });
    const sheet = await db.scoreSheet.create({ data: { cycleId: cycle.id, tableId: table.id, agencyId: agency.id } });
    return db.scoreEntry.create({
      data: { sheetId: sheet.id, criterionId: criterion.id, minPoints: 0, maxPoints: 10, selfPoints },
    });
  }

  it("accepts points within [minPoints, maxPoints] and no points yet", async () => {
    await entry(0);
    await entry(10);
    await entry(7.5);
    await entry(null);
    expect(await db.scoreEntry.count()).toBe(4);
  });

  it("rejects self points above the maximum or below the minimum", async () => {
    await expect(entry(10.5)).rejects.toThrow(/ScoreEntry_self_check/);
    await expect(entry(-1)).rejects.toThrow(/ScoreEntry_self_check/);
  });
});

describe("Target comparators", () => {
  it("keeps a comparator other than EXACTLY to number and share targets, on pledges and registrations", async () => {
    const bloc = await makeBloc(db);
    const agency = await makeAgency(db);
    const cycle = await makeCycle(db, { blocId: bloc.id });
    const pledge = await db.pledge.create({ data: { cycleId: cycle.id, version: 1, title: "Giao ước thi đua năm 2026" } });
    const commitment = (number: number, targetKind: "NUMBER" | "PERCENT" | "YES_NO" | "TEXT", targetComparator: "AT_LEAST" | "AT_MOST" | "EXACTLY") =>
      db.pledgeCommitment.create({ data: { pledgeId: pledge.id, number, text: `Cam kết ${number}`, targetKind, targetComparator } });
    await commitment(1, "PERCENT", "AT_LEAST");
    await commitment(2, "NUMBER", "AT_MOST");
    await commitment(3, "YES_NO", "EXACTLY");
    await expect(commitment(4, "YES_NO", "AT_LEAST")).rejects.toThrow(/PledgeCommitment_comparator_check/);
    await expect(commitment(5, "TEXT", "AT_MOST")).rejects.toThrow(/PledgeCommitment_comparator_check/);

    const registration = await db.registration.create({ data: { cycleId: cycle.id, agencyId: agency.id } });
    const target = (order: number, kind: "NUMBER" | "TEXT", comparator: "AT_LEAST" | "EXACTLY") =>
      db.registrationTarget.create({ data: { registrationId: registration.id, order, text: `Chỉ tiêu ${order}`, kind, comparator } });
    await target(1, "NUMBER", "AT_LEAST");
    await target(2, "TEXT", "EXACTLY");
    await expect(target(3, "TEXT", "AT_LEAST")).rejects.toThrow(/RegistrationTarget_comparator_check/);
    expect([await db.pledgeCommitment.count(), await db.registrationTarget.count()]).toEqual([3, 2]);
  });
});

describe("RoleAssignment scope", () => {
  it("requires a bloc for bloc roles and an agency for agency roles", async () => {
    const user = await makeUser(db);
    const bloc = await makeBloc(db);
    const agency = await makeAgency(db);

    await expect(db.roleAssignment.create({ data: { userId: user.id, role: "SECRETARY" } })).rejects.toThrow(/RoleAssignment_scope_check/);
    await expect(db.roleAssignment.create({ data: { userId: user.id, role: "AGENCY_LEADER", blocId: bloc.id } })).rejects.toThrow(/RoleAssignment_scope_check/);
    await expect(db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN", agencyId: agency.id } })).rejects.toThrow(/RoleAssignment_scope_check/);

    await db.roleAssignment.create({ data: { userId: user.id, role: "SECRETARY", blocId: bloc.id } });
    await db.roleAssignment.create({ data: { userId: user.id, role: "AGENCY_LEADER", agencyId: agency.id } });
    await db.roleAssignment.create({ data: { userId: user.id, role: "ADMIN" } });
    expect(await db.roleAssignment.count({ where: { userId: user.id } })).toBe(3);
  });
});

describe("Votes", () => {
  async function meeting() {
    const bloc = await makeBloc(db);
    const cycle = await makeCycle(db, { blocId: bloc.id });
    return db.meeting.create({
      data: {
        cycleId: cycle.id,
        kind: "YEAR_END_CONFERENCE",
        heldOn: day("2026-12-15"),
        place: "Hội trường tỉnh ủy",
        chairName: "Chủ tọa",
      },
    });
  }

  function paperVote(meetingId: string, counts: { issued: number; returned: number; valid: number; invalid: number }) {
    return db.vote.create({
      data: {
        meetingId,
        kind: "AWARD_PROPOSAL",
        method: "PAPER",
        title: "Đề nghị Cờ thi đua",
        quorumPct: 50,
        thresholdPct: 50,
        thresholdBase: "VALID_BALLOTS",
        ballotsIssued: counts.issued,
        ballotsReturned: counts.returned,
        ballotsValid: counts.valid,
        ballotsInvalid: counts.invalid,
      },
    });
  }

  it("keeps one voter-roll entry per agency per vote", async () => {
    const { id: meetingId } = await meeting();
    const vote = await db.vote.create({
      data: {
        meetingId,
        kind: "ELECT_HEAD",
        method: "ELECTRONIC",
        title: "Bầu Khối trưởng",
        quorumPct: 66.67,
        thresholdPct: 50,
        thresholdBase: "PRESENT_MEMBERS",
      },
    });
    const agency = await makeAgency(db);
    const [first, second] = [await makeUser(db, { agencyId: agency.id }), await makeUser(db, { agencyId: agency.id })];
    await db.voterRollEntry.create({ data: { voteId: vote.id, agencyId: agency.id, userId: first.id } });

    // A second officer of the same agency cannot vote again for it.
    await expectUniqueViolation(db.voterRollEntry.create({ data: { voteId: vote.id, agencyId: agency.id, userId: second.id } }), "VoterRollEntry_pkey");
    expect(await db.voterRollEntry.count({ where: { voteId: vote.id } })).toBe(1);
  });

  it("requires paper counts where valid + invalid = returned ≤ issued", async () => {
    const { id: meetingId } = await meeting();
    await paperVote(meetingId, { issued: 20, returned: 19, valid: 18, invalid: 1 });

    await expect(paperVote(meetingId, { issued: 20, returned: 19, valid: 18, invalid: 2 })).rejects.toThrow(/Vote_paper_count_check/);
    await expect(paperVote(meetingId, { issued: 20, returned: 21, valid: 20, invalid: 1 })).rejects.toThrow(/Vote_paper_count_check/);
  });
});

describe("CouncilYearSetting (docs/decisions/0030)", () => {
  it("keeps one row per council and year, the central level (no province) included", async () => {
    const province = await db.province.create({ data: { code: "CYS-P", name: "Tỉnh thử" } });
    await db.councilYearSetting.create({ data: { provinceId: province.id, year: 2026, coCpCapPct: 20 } });
    await expectUniqueViolation(
      db.councilYearSetting.create({ data: { provinceId: province.id, year: 2026, coCpCapPct: 30 } }),
      "CouncilYearSetting_provinceId_year_key",
    );
    await db.councilYearSetting.create({ data: { provinceId: null, year: 2026, coCpCapPct: 20 } });
    await expectUniqueViolation(
      db.councilYearSetting.create({ data: { provinceId: null, year: 2026, coCpCapPct: 25 } }),
      "CouncilYearSetting_provinceId_year_key",
    );
    await db.councilYearSetting.create({ data: { provinceId: null, year: 2027, coCpCapPct: 20 } });
    expect(await db.councilYearSetting.count()).toBe(3);
  });

  it("refuses a percentage outside 0–100", async () => {
    await expect(db.councilYearSetting.create({ data: { provinceId: null, year: 2026, coCpCapPct: 100.5 } })).rejects.toThrow(
      /CouncilYearSetting_coCpCapPct_range/,
    );
    await expect(db.councilYearSetting.create({ data: { provinceId: null, year: 2026, coCpCapPct: -1 } })).rejects.toThrow(
      /CouncilYearSetting_coCpCapPct_range/,
    );
  });
});

describe("AwardForm prerequisite window (docs/decisions/0046)", () => {
  it("is 1 to 30 years, and only with prerequisites to look for", async () => {
    const cycle = await makeCycle(db, { blocId: (await makeBloc(db)).id, year: 2026 });
    const form = (code: string, prerequisiteCodes: string[], prerequisiteWithinYears: number) =>
      db.awardForm.create({
        data: {
          cycleId: cycle.id,
          code,
          name: code,
          target: "COLLECTIVE",
          authorityKind: "PROVINCE_CHAIR",
          authorityName: "UBND tỉnh",
          prerequisiteCodes,
          prerequisiteWithinYears,
        },
      });
    await form("OK", ["TTLDXS"], 5);
    await expect(form("NO_CODES", [], 5)).rejects.toThrow(/AwardForm_prerequisite_window_check/);
    await expect(form("ZERO", ["TTLDXS"], 0)).rejects.toThrow(/AwardForm_prerequisite_window_check/);
    await expect(form("TOO_LONG", ["TTLDXS"], 31)).rejects.toThrow(/AwardForm_prerequisite_window_check/);
  });
});
