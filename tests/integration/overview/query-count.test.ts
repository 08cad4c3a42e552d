import { afterAll, describe, expect, it, vi } from "vitest";
import { readCouncilOverviewWith } from "@/lib/server/overview/internal/read-council-overview";
import { makeAgency, makeBloc, makeMembership, makeProvince } from "../../factories";
import { countingClient } from "../setup/counting-client";
import { testDb } from "../setup/db";
import { acclaim, blocYear, sent, TODAY, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** A province of `blocs` blocs × `agencies` members, each bloc with every kind of row the overview reads. */
async function province(blocs: number, agencies: number) {
  const db = testDb();
  const p = await makeProvince(db);
  for (let b = 0; b < blocs; b++) {
    const bloc = await makeBloc(db, { provinceId: p.id });
    const { cycle, coCp } = await blocYear(db, bloc.id);
    const members = [];
    for (let a = 0; a < agencies; a++) {
      const agency = await makeAgency(db, { provinceId: p.id });
      await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: YEAR });
      members.push(agency);
    }
    await db.registration.createMany({ data: members.map((m, i) => ({ cycleId: cycle.id, agencyId: m.id, status: i % 2 ? "DRAFT" : "ACCEPTED" })) });
    const pledge = await db.pledge.create({ data: { cycleId: cycle.id, version: 1, title: "Giao ước", status: "SIGNING" } });
    await db.pledgeSignature.createMany({
      data: members
        .slice(1)
        .map((m) => ({ pledgeId: pledge.id, agencyId: m.id, signerName: "Người ký", signerTitle: "Thủ trưởng", signedOn: new Date("2026-02-10") })),
    });
    const table = await db.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, title: "Bảng", scale: 100, status: "LOCKED" } });
    const criterion = await db.criterion.create({ data: { tableId: table.id, code: "1", name: "Tiêu chí", type: "YES_NO", order: 1, maxPoints: 10 } });
    for (const [i, m] of members.entries()) {
      const sheet = await db.scoreSheet.create({ data: { cycleId: cycle.id, tableId: table.id, agencyId: m.id, status: i % 3 ? "SUBMITTED" : "VERIFIED" } });
      const entry = await db.scoreEntry.create({ data: { sheetId: sheet.id, criterionId: criterion.id, minPoints: 0, maxPoints: 10 } });
      await db.objection.create({ data: { entryId: entry.id, agencyId: m.id, reason: "Đề nghị xem lại điểm." } });
    }
    await db.crossScoreSubmission.create({ data: { cycleId: cycle.id, scorerAgencyId: members[0]!.id, targetAgencyId: members[1]!.id } });
    await db.resultPublication.create({ data: { cycleId: cycle.id, version: 1, snapshot: {} } });
    await acclaim(db, cycle.id, members[0]!.id);
    await sent(db, cycle.id, bloc.id, coCp.id, members[0]!.id, "2026-12-02T00:00:00Z");
    await db.nomination.create({ data: { cycleId: cycle.id, awardFormId: coCp.id, target: "COLLECTIVE", agencyId: members[1]!.id, status: "PROPOSED" } });
  }
  await db.councilYearSetting.create({ data: { provinceId: p.id, year: YEAR, coCpCapPct: 20 } });
  return p;
}

const counting = countingClient();
afterAll(() => counting.close());

async function statements(provinceId: string, blocs: number) {
  const before = counting.statements();
  const view = await readCouncilOverviewWith(counting.client, { rootProvinceId: provinceId, family: [provinceId] }, YEAR, TODAY);
  expect(view.rows).toHaveLength(blocs);
  expect(view.coCp.received).toBe(blocs);
  expect(view.rows.every((r) => r.lateCount > 0)).toBe(true);
  return counting.statements() - before;
}

describe("the overview's reads: a constant number of SQL statements", () => {
  it("sends as many statements for 6 blocs × 8 agencies as for 1 bloc × 2", async () => {
    const small = await province(1, 2);
    const large = await province(6, 8);
    const few = await statements(small.id, 1);
    const many = await statements(large.id, 6);
    expect(few).toBe(10);
    expect(many).toBe(few);
  });
});
