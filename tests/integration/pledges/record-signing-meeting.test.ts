import { beforeEach, describe, expect, it, vi } from "vitest";
import { SigningMeetingInputSchema } from "@/lib/schemas/pledge";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { recordSigningMeeting } from "@/lib/server/pledges/record-signing-meeting";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, dayFrom, expectRefused, makeDraft, makeSigning, MANAGE_OUTCOMES, setPhase, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (w: World, pledgeId: string, over: Record<string, unknown> = {}) =>
  SigningMeetingInputSchema.parse({
    pledgeId,
    meetingId: "",
    heldOn: dayFrom(-2),
    place: "Trường Chính trị tỉnh",
    chairName: "Trần Văn Hưng",
    presentAgencyIds: [w.btg.id, w.btc.id],
    ...over,
  });

const attendanceOf = (w: World, meetingId: string) =>
  w.db.attendance.findMany({ where: { meetingId } }).then((rows) => Object.fromEntries(rows.map((r) => [r.agencyId, r.status])));

describe("recordSigningMeeting", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await recordSigningMeeting(input(w, pledgeId));
    else await expectRefused(recordSigningMeeting(input(w, pledgeId)), outcome);
    expect(await w.db.meeting.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("creates a PLEDGE_SIGNING meeting with every member's attendance, links it to the version, audited", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    await recordSigningMeeting(input(w, pledgeId));
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId }, include: { signingMeeting: true } });
    expect(pledge.signingMeeting).toMatchObject({ cycleId: w.cycleA.id, kind: "PLEDGE_SIGNING", place: "Trường Chính trị tỉnh", chairName: "Trần Văn Hưng" });
    expect(pledge.signingMeeting!.heldOn.toISOString().slice(0, 10)).toBe(dayFrom(-2));
    expect(await attendanceOf(w, pledge.signingMeetingId!)).toEqual({ [w.btg.id]: "PRESENT", [w.btc.id]: "PRESENT", [w.bdv.id]: "ABSENT" });
    const [audit] = await auditOf("Meeting", pledge.signingMeetingId!);
    expect(audit).toMatchObject({
      action: "pledge.signing-meeting.create",
      actorId: w.users.SECRETARY,
      before: null,
      after: expect.objectContaining({ pledgeId, place: "Trường Chính trị tỉnh", present: [w.btg.id, w.btc.id].sort() }),
    });
  });

  it("updates the linked meeting rather than adding one, with before and after", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    await recordSigningMeeting(input(w, pledgeId));
    signInAs(w.users.CHAIR);
    await recordSigningMeeting(input(w, pledgeId, { place: "Hội trường Tỉnh ủy", presentAgencyIds: [w.btg.id, w.bdv.id, w.btc.id] }));
    expect(await w.db.meeting.count()).toBe(1);
    const meeting = await w.db.meeting.findFirstOrThrow();
    expect(meeting.place).toBe("Hội trường Tỉnh ủy");
    expect(Object.values(await attendanceOf(w, meeting.id))).toEqual(["PRESENT", "PRESENT", "PRESENT"]);
    const update = (await auditOf("Meeting", meeting.id)).find((a) => a.action === "pledge.signing-meeting.update")!;
    expect(update).toMatchObject({
      actorId: w.users.CHAIR,
      before: expect.objectContaining({ place: "Trường Chính trị tỉnh" }),
      after: expect.objectContaining({ place: "Hội trường Tỉnh ủy" }),
    });
  });

  it("fills in the cycle's existing signing meeting the form came from, keeping a represented member so", async () => {
    const w = await world();
    const seeded = await w.db.meeting.create({
      data: {
        cycleId: w.cycleA.id,
        kind: "PLEDGE_SIGNING",
        heldOn: new Date(),
        place: "Cũ",
        chairName: "Cũ",
        attendances: { create: [{ agencyId: w.btg.id, status: "REPRESENTED", representativeName: "Phó ban" }] },
      },
    });
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    await recordSigningMeeting(input(w, pledgeId, { meetingId: seeded.id }));
    expect(await w.db.meeting.count()).toBe(1);
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).signingMeetingId).toBe(seeded.id);
    const btg = await w.db.attendance.findUniqueOrThrow({ where: { meetingId_agencyId: { meetingId: seeded.id, agencyId: w.btg.id } } });
    expect(btg).toMatchObject({ status: "REPRESENTED", representativeName: "Phó ban" });
  });

  it("never rewrites the meeting of a signed version, nor takes another bloc's meeting", async () => {
    const w = await world();
    const locked = await w.db.meeting.create({ data: { cycleId: w.cycleA.id, kind: "PLEDGE_SIGNING", heldOn: new Date(), place: "Lần 1", chairName: "A" } });
    const v1 = await w.db.pledge.create({ data: { cycleId: w.cycleA.id, version: 1, title: "Cũ", status: "SUPERSEDED", signingMeetingId: locked.id } });
    const foreign = await w.db.meeting.create({ data: { cycleId: w.cycleB.id, kind: "PLEDGE_SIGNING", heldOn: new Date(), place: "Khối B", chairName: "B" } });
    const { id: pledgeId } = await w.db.pledge.create({ data: { cycleId: w.cycleA.id, version: 2, previousId: v1.id, changeReason: "Sửa", title: "Mới" } });
    signInAs(w.users.SECRETARY);
    await recordSigningMeeting(input(w, pledgeId, { meetingId: locked.id }));
    await w.db.pledge.update({ where: { id: pledgeId }, data: { signingMeetingId: null } });
    await recordSigningMeeting(input(w, pledgeId, { meetingId: foreign.id }));
    expect((await w.db.meeting.findUniqueOrThrow({ where: { id: locked.id } })).place).toBe("Lần 1");
    expect((await w.db.meeting.findUniqueOrThrow({ where: { id: foreign.id } })).place).toBe("Khối B");
    expect(await w.db.meeting.count({ where: { cycleId: w.cycleA.id } })).toBe(3);
  });

  it("refuses a present agency that is not a member, a locked version, and a closed signing phase", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    const bad = await expectRefused(recordSigningMeeting(input(w, pledgeId, { presentAgencyIds: [w.outsider.id] })), "INVALID_INPUT");
    expect(bad.fieldErrors).toEqual({ presentAgencyIds: [`Chỉ chọn cơ quan thành viên của khối năm ${w.year}.`] });
    for (const a of [w.btg, w.bdv, w.btc])
      await recordSignature({ pledgeId, agencyId: a.id, signerName: "X", signerTitle: "Y", signedOn: new Date(`${dayFrom(0)}T00:00:00Z`) }, null);
    expect((await expectRefused(recordSigningMeeting(input(w, pledgeId)), "CONFLICT")).message).toContain("đã khóa");
    const w2 = await world();
    const draft = await makeDraft(w2);
    await setPhase(w2, "PLEDGE_SIGNING", -9, -1);
    signInAs(w2.users.SECRETARY);
    expect((await expectRefused(recordSigningMeeting(input(w2, draft.pledgeId)), "PHASE_CLOSED")).message).toContain("“Ký kết giao ước” đã kết thúc");
    expect(await w.db.meeting.count()).toBe(0);
  });

  it("requires a valid day, a place and a chair (schema)", () => {
    const r = SigningMeetingInputSchema.safeParse({ pledgeId: "p", heldOn: "", place: "", chairName: " " });
    const issues = r.error!.issues.map((i) => [i.path[0], i.message]);
    for (const expected of [
      ["heldOn", "Vui lòng chọn ngày hội nghị."],
      ["place", "Vui lòng nhập địa điểm."],
      ["chairName", "Vui lòng nhập người chủ trì."],
    ])
      expect(issues).toContainEqual(expected);
  });
});
