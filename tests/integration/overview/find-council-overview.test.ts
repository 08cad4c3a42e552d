import { beforeEach, describe, expect, it, vi } from "vitest";
import { findCouncilOverview, type OverviewRequest } from "@/lib/server/overview/find-council-overview";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, TODAY, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const ask = (over: Partial<OverviewRequest> = {}): OverviewRequest => ({ council: null, year: YEAR, phase: null, onlyLate: false, q: "", ...over });

describe("findCouncilOverview: who sees which council", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, string, string[], string[]]>([
    ["ADMIN", "Tỉnh Biển Đông", ["Tỉnh Biển Đông", "Tỉnh Sông Lam", "Cấp Trung ương"], ["Khối Văn hóa"]],
    ["COUNCIL", "Tỉnh Sông Lam", ["Tỉnh Sông Lam"], ["Khối các cơ quan Đảng", "Khối Nội chính"]],
    ["OTHER_COUNCIL", "Tỉnh Biển Đông", ["Tỉnh Biển Đông"], ["Khối Văn hóa"]],
    ["CENTRAL", "Cấp Trung ương", ["Cấp Trung ương"], ["Khối Trung ương"]],
  ])("%s opens %s by default", async (who, council, councils, blocs) => {
    const w = await world();
    signInAs(w.users[who]);
    const view = await findCouncilOverview(ask(), TODAY);
    expect([view.council.label, view.councils.map((c) => c.label), view.rows.map((r) => r.name)]).toEqual([council, councils, blocs]);
  });

  it.each<Who>(["SECRETARY", "CHAIR", "OBSERVER", "AGENCY_LEADER", "AGENCY_OFFICER"])("%s is refused", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    await expectRefused(findCouncilOverview(ask(), TODAY), "FORBIDDEN");
  });

  it("refuses a signed-out caller", async () => {
    await world();
    await expectRefused(findCouncilOverview(ask(), TODAY), "UNAUTHENTICATED");
  });

  it.each<[Who, "p" | "pa" | "q" | "central", "ok" | "NOT_FOUND"]>([
    ["ADMIN", "p", "ok"],
    ["ADMIN", "central", "ok"],
    ["COUNCIL", "p", "ok"],
    ["COUNCIL", "q", "NOT_FOUND"],
    ["COUNCIL", "central", "NOT_FOUND"],
    // An absorbed province is read through the province that absorbed it.
    ["COUNCIL", "pa", "NOT_FOUND"],
    ["OTHER_COUNCIL", "p", "NOT_FOUND"],
    ["CENTRAL", "p", "NOT_FOUND"],
  ])("%s asking for council %s → %s", async (who, which, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const key = which === "central" ? "trung-uong" : w[which].code;
    if (outcome === "NOT_FOUND") await expectRefused(findCouncilOverview(ask({ council: key }), TODAY), "NOT_FOUND");
    else expect((await findCouncilOverview(ask({ council: key }), TODAY)).council.key).toBe(key);
  });
});

describe("findCouncilOverview: what it shows", () => {
  beforeEach(() => signInAs(null));

  it("computes the late items of each bloc and agency from the data", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const view = await findCouncilOverview(ask(), TODAY);
    const k1 = view.rows.find((r) => r.code === w.k1.code)!;
    expect(k1.provinceName).toBe("Tỉnh Sông Lam");
    expect(k1.open).toEqual([]);
    expect(k1.isFinished).toBe(true);
    expect(k1.publication).toEqual({ version: 1, publishedOn: "2026-11-21", isPublic: false });
    expect(k1.blocItems.map((i) => [i.kind, i.dueOn])).toEqual([["CONFERENCE_NOT_RECORDED", "2026-11-30"]]);
    expect(k1.agencies.map((a) => [a.name, a.items.map((i) => i.kind)])).toEqual([
      ["Ban Tổ chức", ["OBJECTION_PENDING"]],
      ["Ban Tuyên giáo", ["REGISTRATION_NOT_SUBMITTED", "PLEDGE_UNSIGNED", "VERIFICATION_PENDING"]],
      ["Văn phòng", ["REGISTRATION_NOT_SUBMITTED", "PLEDGE_UNSIGNED", "SELF_SCORING_NOT_SUBMITTED", "NOMINATION_NOT_SENT"]],
    ]);
    expect(k1.agencies[1]!.items[0]!.text).toBe("Bản đăng ký bị trả lại, chưa gửi lại.");
    expect(k1.lateCount).toBe(9);

    const k2 = view.rows.find((r) => r.code === w.k2.code)!;
    expect(k2).toMatchObject({ provinceName: "Tỉnh Núi Hồng", open: ["REGISTRATION"], lateCount: 0, publication: null });
    expect(k2.nextDeadline).toEqual({ key: "REGISTRATION", kind: "CLOSES", on: "2026-12-31" });
    expect(view.totals).toMatchObject({ blocs: 2, withYear: 2, late: 1, published: 1 });
  });

  it("applies the filters", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const codes = async (over: Partial<OverviewRequest>) => (await findCouncilOverview(ask(over), TODAY)).shown.map((r) => r.code);
    expect(await codes({ onlyLate: true })).toEqual([w.k1.code]);
    expect(await codes({ phase: "REGISTRATION" })).toEqual([w.k2.code]);
    expect(await codes({ phase: "NONE" })).toEqual([w.k1.code]);
    expect(await codes({ q: "cong an" })).toEqual([w.k2.code]);
  });

  it("a year without cycles lists the blocs without a year, and offers the years that exist", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const view = await findCouncilOverview(ask({ year: 2024 }), TODAY);
    expect(view.rows.map((r) => r.hasYear)).toEqual([false, false]);
    expect(view.years).toEqual([2026, 2024]);
  });

  it("counts received nominations by form against the blocs' quotas", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const view = await findCouncilOverview(ask(), TODAY);
    expect(view.awards.map((f) => [f.code, f.received, f.cap])).toEqual([
      ["CO_CP", 3, null],
      ["CO_TINH", 0, 2],
    ]);
  });

  it("flags every Cờ CP proposal over the default cap (20% of 2 leading units = 0)", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const { coCp, setting } = await findCouncilOverview(ask(), TODAY);
    expect(setting).toEqual({ pct: 20, rounding: "FLOOR", version: null });
    expect([coCp.leaders, coCp.max, coCp.received, coCp.over]).toEqual([2, 0, 3, 3]);
    expect(coCp.proposals.every((p) => p.overCap)).toBe(true);
  });

  it("with the council's own cap (50%: 1 of 2), flags the proposals received after the first, and the one not from a leading unit", async () => {
    const w = await world();
    await w.db.councilYearSetting.create({ data: { provinceId: w.p.id, year: YEAR, coCpCapPct: 50, coCpRounding: "FLOOR" } });
    // Another council's setting and another year's do not count.
    await w.db.councilYearSetting.create({ data: { provinceId: w.q.id, year: YEAR, coCpCapPct: 100 } });
    await w.db.councilYearSetting.create({ data: { provinceId: w.p.id, year: YEAR - 1, coCpCapPct: 100 } });
    signInAs(w.users.COUNCIL);
    const { coCp } = await findCouncilOverview(ask(), TODAY);
    expect(coCp.max).toBe(1);
    expect(coCp.proposals.map((p) => [p.id, p.overCap, p.notLeader])).toEqual([
      [w.n1.id, false, false],
      [w.n2.id, true, false],
      [w.n3.id, true, true],
    ]);
    expect(coCp.proposals.map((p) => p.nominee)).toEqual(["Ban Tổ chức", "Công an tỉnh", "Ban Tuyên giáo"]);
  });
});
