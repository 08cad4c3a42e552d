import { beforeEach, describe, expect, it, vi } from "vitest";
import { SaveAttendanceInputSchema, attendanceRowsFromForm } from "@/lib/schemas/conference";
import { getConference } from "@/lib/server/conference/get-conference";
import { saveAttendance } from "@/lib/server/conference/save-attendance";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { attendanceInput, auditOf, expectRefused, makeConference, setConferencePhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const EMPTY = async (w: World) => {
  signInAs(w.users.OBSERVER);
  return (await getConference(w.blocA.id, w.year)).attendanceVersion;
};
const stored = (meetingId: string) =>
  testDb().attendance.findMany({ where: { meetingId }, select: { agencyId: true, status: true, representativeName: true, absenceReason: true } });

describe("saveAttendance", () => {
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
    const m = await makeConference(w);
    const version = await EMPTY(w);
    signInAs(w.users[who]);
    const p = saveAttendance(attendanceInput(w, m.id, version));
    if (outcome === "ok") {
      await p;
      const rows = await stored(m.id);
      expect(rows).toHaveLength(3);
      expect(rows).toEqual(
        expect.arrayContaining([
          { agencyId: w.btg.id, status: "PRESENT", representativeName: null, absenceReason: null },
          { agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "Lê Văn Cường", absenceReason: null },
          { agencyId: w.btc.id, status: "ABSENT", representativeName: null, absenceReason: "Đi công tác Trung ương" },
        ]),
      );
      const audit = await auditOf("Meeting");
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "conference.attendance.save", actorId: w.users[who], entityId: m.id, before: null });
    } else {
      await expectRefused(p, outcome);
      expect(await stored(m.id)).toHaveLength(0);
    }
  });

  it("is refused outside the CONFERENCE phase and writes nothing", async () => {
    const w = await world();
    const m = await makeConference(w);
    const version = await EMPTY(w);
    await setConferencePhase(w.cycle.id, [1, 10]);
    signInAs(w.users.SECRETARY);
    await expectRefused(saveAttendance(attendanceInput(w, m.id, version)), "PHASE_CLOSED");
    expect(await stored(m.id)).toHaveLength(0);
    expect(await auditOf("Meeting")).toHaveLength(0);
  });

  it("needs a reason for an absence and a name for a representative (schema and use case), writing nothing", async () => {
    const w = await world();
    const m = await makeConference(w);
    const version = await EMPTY(w);
    const bad = [
      { agencyId: w.btg.id, status: "PRESENT" },
      { agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "  " },
      { agencyId: w.btc.id, status: "ABSENT", absenceReason: "" },
    ];
    const parsed = SaveAttendanceInputSchema.safeParse({ meetingId: m.id, version, rows: bad });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [`rep.${w.bdv.id}`, "Vui lòng nhập họ tên người đại diện."],
      [`reason.${w.btc.id}`, "Vui lòng nhập lý do vắng."],
    ]);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(
      saveAttendance({ meetingId: m.id, version, rows: bad.map((r) => ({ representativeName: null, absenceReason: null, ...r })) } as never),
      "INVALID_INPUT",
    );
    expect(e.fieldErrors).toEqual({ [`rep.${w.bdv.id}`]: ["Vui lòng nhập họ tên người đại diện."], [`reason.${w.btc.id}`]: ["Vui lòng nhập lý do vắng."] });
    expect(await stored(m.id)).toHaveLength(0);
  });

  it("refuses a duplicate, a missing member and a non-member, writing nothing", async () => {
    const w = await world();
    const m = await makeConference(w);
    const version = await EMPTY(w);
    signInAs(w.users.CHAIR);
    const present = (agencyId: string) => ({ agencyId, status: "PRESENT" });
    const dup = await expectRefused(
      saveAttendance(attendanceInput(w, m.id, version, [present(w.btg.id), present(w.btg.id), present(w.bdv.id), present(w.btc.id)])),
      "INVALID_INPUT",
    );
    expect(dup.fieldErrors?.[`status.${w.btg.id}`]).toEqual(["Cơ quan được điểm danh hai lần."]);
    const missing = await expectRefused(saveAttendance(attendanceInput(w, m.id, version, [present(w.btg.id), present(w.bdv.id)])), "INVALID_INPUT");
    expect(missing.message).toContain("Ban Tổ chức Tỉnh ủy");
    const outsider = await expectRefused(
      saveAttendance(attendanceInput(w, m.id, version, [present(w.btg.id), present(w.bdv.id), present(w.btc.id), present(w.outsider.id)])),
      "INVALID_INPUT",
    );
    expect(outsider.fieldErrors?.[`status.${w.outsider.id}`]?.[0]).toContain("không phải thành viên");
    expect(await stored(m.id)).toHaveLength(0);
    expect(await auditOf("Meeting")).toHaveLength(0);
  });

  it("replaces the table with the current version, keeps only the detail of the status, and refuses a stale one", async () => {
    const w = await world();
    const m = await makeConference(w);
    const empty = await EMPTY(w);
    signInAs(w.users.SECRETARY);
    const { version } = await saveAttendance(attendanceInput(w, m.id, empty));
    signInAs(w.users.CHAIR);
    await saveAttendance(
      attendanceInput(w, m.id, version, [
        { agencyId: w.btg.id, status: "PRESENT", representativeName: "Không lưu", absenceReason: "Không lưu" },
        { agencyId: w.bdv.id, status: "PRESENT" },
        { agencyId: w.btc.id, status: "REPRESENTED", representativeName: "Phạm Thị Dung" },
      ]),
    );
    expect(await stored(m.id)).toEqual(
      expect.arrayContaining([
        { agencyId: w.btg.id, status: "PRESENT", representativeName: null, absenceReason: null },
        { agencyId: w.btc.id, status: "REPRESENTED", representativeName: "Phạm Thị Dung", absenceReason: null },
      ]),
    );
    const audit = await auditOf("Meeting");
    expect(audit).toHaveLength(2);
    expect((audit[1]!.before as { attendance: unknown[] }).attendance).toHaveLength(3);

    signInAs(w.users.SECRETARY);
    await expectRefused(saveAttendance(attendanceInput(w, m.id, version)), "CONFLICT");
    await expectRefused(saveAttendance(attendanceInput(w, m.id, empty)), "CONFLICT");
    expect((await stored(m.id)).find((r) => r.agencyId === w.btc.id)?.status).toBe("REPRESENTED");
  });

  it("is refused once a vote of the meeting has opened", async () => {
    const w = await world();
    const m = await makeConference(w);
    const version = await EMPTY(w);
    await testDb().vote.create({
      data: {
        meetingId: m.id,
        kind: "ACCLAIM_LEADER",
        method: "ELECTRONIC",
        title: "Suy tôn",
        status: "OPEN",
        quorumPct: 50,
        thresholdPct: 50,
        thresholdBase: "ALL_MEMBERS",
      },
    });
    signInAs(w.users.SECRETARY);
    await expectRefused(saveAttendance(attendanceInput(w, m.id, version)), "CONFLICT");
    expect(await stored(m.id)).toHaveLength(0);
  });

  it("reads the rows from the form's per-agency fields", () => {
    const f = new FormData();
    f.set("status.a1", "ABSENT");
    f.set("reason.a1", "Ốm");
    f.set("rep.a1", "");
    f.set("status.a2", "REPRESENTED");
    f.set("rep.a2", "Ngô Văn E");
    expect(attendanceRowsFromForm(f)).toEqual([
      { agencyId: "a1", status: "ABSENT", representativeName: "", absenceReason: "Ốm" },
      { agencyId: "a2", status: "REPRESENTED", representativeName: "Ngô Văn E", absenceReason: undefined },
    ]);
  });
});
