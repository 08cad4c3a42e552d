import { beforeEach, describe, expect, it, vi } from "vitest";
import { getConference } from "@/lib/server/conference/get-conference";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { expectRefused, makeConference, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getConference", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, string][] = [
    ["SECRETARY", "manage"],
    ["CHAIR", "manage"],
    ["AGENCY_LEADER", "read"],
    ["AGENCY_OFFICER", "read"],
    ["OBSERVER", "read"],
    ["ADMIN", "read"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    await makeConference(w);
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") {
      await expectRefused(getConference(w.blocA.id, w.year), "NOT_FOUND");
      return;
    }
    const r = await getConference(w.blocA.id, w.year);
    expect(r.canManage).toBe(outcome === "manage");
    expect(r.meeting?.place).toBe("Hội trường Tỉnh ủy");
  });

  it("shows every member, missing rows as not recorded, and the quorum (by default 2/3, as the votes')", async () => {
    const w = await world();
    const m = await makeConference(w);
    await testDb().attendance.createMany({
      data: [
        { meetingId: m.id, agencyId: w.btg.id, status: "PRESENT" },
        { meetingId: m.id, agencyId: w.btc.id, status: "ABSENT", absenceReason: "Ốm" },
      ],
    });
    signInAs(w.users.OBSERVER);
    const r = await getConference(w.blocA.id, w.year);
    expect(r.attendance.map((a) => [a.agencyName, a.status])).toEqual([
      ["Ban Dân vận Tỉnh ủy", null],
      ["Ban Tổ chức Tỉnh ủy", "ABSENT"],
      ["Ban Tuyên giáo Tỉnh ủy", "PRESENT"],
    ]);
    expect(r.quorum).toMatchObject({
      members: 3,
      present: 1,
      absent: 1,
      unrecorded: 1,
      quorumPct: 66.67,
      reached: false,
      line: "Có mặt 1/3 cơ quan — không đủ số lượng",
    });

    await testDb().attendance.create({ data: { meetingId: m.id, agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "Lê Văn C" } });
    const r2 = await getConference(w.blocA.id, w.year);
    expect(r2.quorum).toMatchObject({ present: 2, represented: 1, unrecorded: 0, reached: true, line: "Có mặt 2/3 cơ quan — đủ số lượng" });
  });

  it("reads the quorum share from cycle.rules.conference.quorumPct", async () => {
    const w = await world({ conference: { quorumPct: 75 } });
    const m = await makeConference(w);
    await testDb().attendance.createMany({
      data: [
        { meetingId: m.id, agencyId: w.btg.id, status: "PRESENT" },
        { meetingId: m.id, agencyId: w.bdv.id, status: "PRESENT" },
        { meetingId: m.id, agencyId: w.btc.id, status: "ABSENT", absenceReason: "Ốm" },
      ],
    });
    signInAs(w.users.SECRETARY);
    const r = await getConference(w.blocA.id, w.year);
    expect(r.quorum).toMatchObject({ quorumPct: 75, present: 2, reached: false, line: "Có mặt 2/3 cơ quan — không đủ số lượng" });
  });

  it("has no meeting before the conference is recorded", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const r = await getConference(w.blocA.id, w.year);
    expect(r.meeting).toBeNull();
    expect(r.cycleId).toBe(w.cycle.id);
    expect(r.attendance.every((a) => a.status === null)).toBe(true);
  });
});
