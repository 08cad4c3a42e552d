import { beforeEach, describe, expect, it, vi } from "vitest";
import { SaveConferenceInputSchema } from "@/lib/schemas/conference";
import { getConference } from "@/lib/server/conference/get-conference";
import { saveConference } from "@/lib/server/conference/save-conference";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { auditOf, conferenceInput, expectRefused, setConferencePhase, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("saveConference", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, string][] = [
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = saveConference(conferenceInput(w));
    if (outcome === "ok") {
      const { meetingId } = await p;
      const m = await testDb().meeting.findUniqueOrThrow({ where: { id: meetingId } });
      expect(m).toMatchObject({
        kind: "YEAR_END_CONFERENCE",
        place: "Hội trường Tỉnh ủy",
        chairName: "Nguyễn Văn An",
        secretaryName: "Trần Thị Bình",
        agenda: ["Báo cáo tổng kết phong trào thi đua năm 2026", "Công bố kết quả chấm điểm", "Bỏ phiếu suy tôn đơn vị dẫn đầu"],
      });
      expect(m.heldOn.toISOString().slice(0, 10)).toBe("2026-12-20");
      const audit = await auditOf("Meeting");
      expect(audit.map((a) => [a.action, a.actorId])).toEqual([["conference.create", w.users[who]]]);
    } else {
      await expectRefused(p, outcome);
      expect(await testDb().meeting.count()).toBe(0);
    }
  });

  it("the secretary of another bloc cannot record on this bloc's cycle, even for their own bloc's role", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(saveConference(conferenceInput(w, { cycleId: w.cycleB.id })), "NOT_FOUND");
    expect(await testDb().meeting.count()).toBe(0);
  });

  it("is refused outside the CONFERENCE phase and writes nothing", async () => {
    const w = await world();
    await setConferencePhase(w.cycle.id, [-10, -1]);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(saveConference(conferenceInput(w)), "PHASE_CLOSED");
    expect(e.message).toBeTruthy();
    await setConferencePhase(w.cycle.id, null);
    await expectRefused(saveConference(conferenceInput(w)), "PHASE_CLOSED");
    expect(await testDb().meeting.count()).toBe(0);
    expect(await auditOf("Meeting")).toHaveLength(0);
  });

  it("keeps one year-end conference per cycle: a second creation is a CONFLICT", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveConference(conferenceInput(w));
    await expectRefused(saveConference(conferenceInput(w, { place: "Nơi khác" })), "CONFLICT");
    expect(await testDb().meeting.count({ where: { cycleId: w.cycle.id } })).toBe(1);
  });

  it("edits with the current version, audits before/after, and refuses a stale edit", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const first = await saveConference(conferenceInput(w));
    const read = await getConference(w.blocA.id, w.year);
    expect(read.meeting?.version).toBe(first.version);

    signInAs(w.users.CHAIR);
    const second = await saveConference(
      conferenceInput(w, { meetingId: first.meetingId, version: first.version, place: "Phòng họp số 2", agenda: "Báo cáo tổng kết\n\n  Bầu Trưởng khối  " }),
    );
    expect(second.version).not.toBe(first.version);
    const m = await testDb().meeting.findUniqueOrThrow({ where: { id: first.meetingId } });
    expect(m.place).toBe("Phòng họp số 2");
    expect(m.agenda).toEqual(["Báo cáo tổng kết", "Bầu Trưởng khối"]);
    const audit = await auditOf("Meeting");
    expect(audit.at(-1)).toMatchObject({
      action: "conference.update",
      actorId: w.users.CHAIR,
      before: { place: "Hội trường Tỉnh ủy" },
      after: { place: "Phòng họp số 2" },
    });

    // The secretary still holds the first version.
    signInAs(w.users.SECRETARY);
    await expectRefused(saveConference(conferenceInput(w, { meetingId: first.meetingId, version: first.version, place: "Cũ" })), "CONFLICT");
    expect((await testDb().meeting.findUniqueOrThrow({ where: { id: first.meetingId } })).place).toBe("Phòng họp số 2");
    expect(await auditOf("Meeting")).toHaveLength(2);
  });

  it("refuses an edit naming a meeting that is not this cycle's conference", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await saveConference(conferenceInput(w));
    const other = await testDb().meeting.create({
      data: { cycleId: w.cycle.id, kind: "PLEDGE_SIGNING", heldOn: new Date("2026-03-20T00:00:00Z"), place: "X", chairName: "Y", agenda: [] },
    });
    await expectRefused(saveConference(conferenceInput(w, { meetingId: other.id, version: "x" })), "NOT_FOUND");
  });

  it("validates the form in Vietnamese and writes nothing", () => {
    const w = { cycle: { id: "c" } };
    const r = SaveConferenceInputSchema.safeParse({ cycleId: w.cycle.id, heldOn: "2026-02-30", place: " ", chairName: "", secretaryName: "", agenda: "" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "heldOn: Ngày họp không hợp lệ.",
        "place: Vui lòng nhập địa điểm.",
        "chairName: Vui lòng nhập người chủ trì.",
        "secretaryName: Vui lòng nhập thư ký.",
      ]),
    );
  });
});

describe("saveConference under concurrency", () => {
  beforeEach(() => signInAs(null));

  it("two first saves at once leave one conference", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const results = await Promise.allSettled([saveConference(conferenceInput(w)), saveConference(conferenceInput(w, { place: "Phòng họp số 2" }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { code: string }).code).toBe("CONFLICT");
    expect(await testDb().meeting.count({ where: { cycleId: w.cycle.id, kind: "YEAR_END_CONFERENCE" } })).toBe(1);
  });
});
