import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { submitRegistration } from "@/lib/server/registrations/submit-registration";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, footprint, input, schedule, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Only BTG's leader sends BTG's registration; its officer drafts but may not send.
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["SECRETARY", "FORBIDDEN"],
  ["CHAIR", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OBSERVER", "NOT_FOUND"],
  ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
  ["OTHER_AGENCY_OFFICER", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("submitRegistration", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s → %s (a refusal saves nothing of the form either)", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveRegistration(input(w, { titleIds: [] }));
    signInAs(w.users[who]);
    const before = await footprint();
    const p = submitRegistration(input(w, { version: 1 }));
    if (outcome === "ok") await p;
    else await expectRefused(p, outcome);
    const reg = await w.db.registration.findFirstOrThrow({ include: { titles: true } });
    expect(reg.status).toBe(outcome === "ok" ? "SUBMITTED" : "DRAFT");
    expect(reg.titles).toHaveLength(outcome === "ok" ? 1 : 0);
    if (outcome !== "ok") expect(await footprint()).toEqual(before);
  });

  it("tells the officer that only the leader sends", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(submitRegistration(input(w)), "FORBIDDEN");
    expect(e.message).toBe("Chỉ Thủ trưởng cơ quan được gửi bản đăng ký thi đua của cơ quan.");
  });

  it("saves what the form holds and sends it in one step, audited, and notifies the bloc's secretaries only", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const { id, version } = await submitRegistration(input(w));
    expect(version).toBe(1);
    const reg = await w.db.registration.findUniqueOrThrow({ where: { id }, include: { targets: true } });
    expect(reg.status).toBe("SUBMITTED");
    expect(reg.submittedAt).toBeInstanceOf(Date);
    expect(reg.targets).toHaveLength(2);
    const [audit] = await auditOf(id);
    expect(audit).toMatchObject({ action: "registration.submit", actorId: w.users.AGENCY_LEADER, before: null });
    expect(audit!.after).toMatchObject({ status: "SUBMITTED", titles: [{ code: "TTLDXS" }] });
    const notes = await w.db.notification.findMany();
    expect(notes.map((n) => n.userId)).toEqual([w.users.SECRETARY]);
    expect(notes[0]!.message).toBe("Ban Tuyên giáo Tỉnh ủy đã gửi bản đăng ký thi đua năm 2026.");
    expect(notes[0]!.link).toBe(`/khoi/${w.blocA.code}/2026/dang-ky/dang-ky-thi-dua/${w.btg.code}`);
    expect(notes[0]!.kind).toBe("REGISTRATION_SUBMITTED");
  });

  it("refuses an empty registration (no title, no target) and writes nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const before = await footprint();
    const e = await expectRefused(submitRegistration(input(w, { titleIds: [], targets: [] })), "INVALID_INPUT");
    expect(e.message).toMatch(/ít nhất một danh hiệu đăng ký hoặc một chỉ tiêu/);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ["one title, no target", { targets: [] }],
    ["one target, no title", { titleIds: [], targets: [{ text: "Tổ chức 2 hội thảo khoa học", kind: "NUMBER", value: "2" }] }],
  ])("accepts %s", async (_name, over) => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await submitRegistration(input(w, over));
    expect(await w.db.registration.findFirstOrThrow()).toMatchObject({ status: "SUBMITTED" });
  });

  it("refuses outside the registration phase, even during pledge signing, and writes nothing", async () => {
    const w = await world();
    await schedule(w.cycleA.id, "SIGNING_OPEN");
    signInAs(w.users.AGENCY_LEADER);
    const before = await footprint();
    const e = await expectRefused(submitRegistration(input(w)), "PHASE_CLOSED");
    expect(e.message).toMatch(/Đăng ký thi đua.*đã kết thúc/);
    expect(await footprint()).toEqual(before);
  });

  it("refuses sending twice", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await submitRegistration(input(w));
    const e = await expectRefused(submitRegistration(input(w, { version: 1 })), "CONFLICT");
    expect(e.message).toMatch(/không gửi lại được/);
  });

  it("refuses a send from a stale version while the officer saved meanwhile", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await saveRegistration(input(w));
    signInAs(w.users.AGENCY_OFFICER);
    await saveRegistration(input(w, { version: 1, note: "Bổ sung" }));
    signInAs(w.users.AGENCY_LEADER);
    const before = await footprint();
    const e = await expectRefused(submitRegistration(input(w, { version: 1 })), "CONFLICT");
    expect(e.message).toMatch(/Nguyễn Minh Châu cập nhật lúc/);
    expect(await footprint()).toEqual(before);
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await saveRegistration(input(w));
    const results = await Promise.allSettled([
      submitRegistration(input(w, { version: 1 })),
      saveRegistration(input(w, { version: 1, titleIds: [w.titles.flag.id] })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await w.db.registration.findFirstOrThrow()).toMatchObject({ version: 2 });
  });
});
