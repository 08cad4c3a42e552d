import { beforeEach, describe, expect, it, vi } from "vitest";
import { ReviewRegistrationInputSchema } from "@/lib/schemas/registration";
import { reviewRegistration } from "@/lib/server/registrations/review-registration";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { submitRegistration } from "@/lib/server/registrations/submit-registration";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, footprint, input, schedule, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const REASON = "Thiếu chỉ tiêu về công tác cán bộ, đề nghị bổ sung.";
const review = (registrationId: string, decision: "accept" | "return", version = 1, reason = REASON) =>
  ReviewRegistrationInputSchema.parse({ registrationId, version: String(version), decision, reason });

/** BTG's registration, sent by its leader (version 1). */
async function submitted(w: World) {
  signInAs(w.users.AGENCY_LEADER);
  const { id } = await submitRegistration(input(w));
  await w.db.notification.deleteMany();
  return id;
}

// Accepting or returning BTG's registration: bloc A's secretary and chair only.
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OBSERVER", "NOT_FOUND"],
  ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
  ["OTHER_AGENCY_OFFICER", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("reviewRegistration", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES.flatMap(([who, outcome]) => (["accept", "return"] as const).map((d) => [who, d, outcome] as const)))(
    "%s, %s → %s",
    async (who, decision, outcome) => {
      const w = await world();
      const id = await submitted(w);
      signInAs(w.users[who]);
      const before = await footprint();
      if (outcome === "ok") await reviewRegistration(review(id, decision));
      else await expectRefused(reviewRegistration(review(id, decision)), outcome);
      const expected = outcome !== "ok" ? "SUBMITTED" : decision === "accept" ? "ACCEPTED" : "RETURNED";
      expect((await w.db.registration.findUniqueOrThrow({ where: { id } })).status).toBe(expected);
      if (outcome !== "ok") expect(await footprint()).toEqual(before);
    },
  );

  it("returns with the reason, audits it, and notifies the agency's leader and officers only", async () => {
    const w = await world();
    const id = await submitted(w);
    signInAs(w.users.SECRETARY);
    expect(await reviewRegistration(review(id, "return"))).toEqual({ version: 2 });
    const reg = await w.db.registration.findUniqueOrThrow({ where: { id } });
    expect(reg).toMatchObject({ status: "RETURNED", returnReason: REASON, version: 2 });
    expect(reg.decidedAt).toBeInstanceOf(Date);
    const audits = await auditOf(id);
    expect(audits.at(-1)).toMatchObject({ action: "registration.return", actorId: w.users.SECRETARY, reason: REASON });
    expect(audits.at(-1)!.before).toMatchObject({ status: "SUBMITTED", version: 1, titles: [{ code: "TTLDXS" }] });
    expect(audits.at(-1)!.after).toMatchObject({ status: "RETURNED", version: 2, returnReason: REASON, targets: [{ order: 1 }, { order: 2 }] });
    const notes = await w.db.notification.findMany();
    expect(notes.map((n) => n.userId).sort()).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER].sort());
    expect(notes[0]!.message).toBe(`Bản đăng ký thi đua năm 2026 của Ban Tuyên giáo Tỉnh ủy đã bị trả lại. Lý do: ${REASON}`);
    expect(notes.every((n) => n.kind === "REGISTRATION_REVIEWED")).toBe(true);
  });

  it("refuses a return reason under 10 characters on the reason field, and writes nothing", async () => {
    const w = await world();
    const id = await submitted(w);
    signInAs(w.users.CHAIR);
    const before = await footprint();
    const e = await expectRefused(reviewRegistration(review(id, "return", 1, "  Thiếu.  ")), "INVALID_INPUT");
    expect(e.fieldErrors?.reason?.[0]).toMatch(/ít nhất 10 ký tự/);
    expect(await footprint()).toEqual(before);
  });

  it("accepts, audits without a reason, and tells the agency's leader and officers", async () => {
    const w = await world();
    const id = await submitted(w);
    signInAs(w.users.CHAIR);
    await reviewRegistration(review(id, "accept"));
    expect(await w.db.registration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", version: 2 });
    expect((await auditOf(id)).at(-1)).toMatchObject({ action: "registration.accept", actorId: w.users.CHAIR, reason: null });
    const notes = await w.db.notification.findMany();
    expect(notes.map((n) => n.userId).sort()).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER].sort());
    expect(notes.every((n) => n.kind === "REGISTRATION_REVIEWED")).toBe(true);
    expect(notes[0]!.message).toBe("Bản đăng ký thi đua năm 2026 của Ban Tuyên giáo Tỉnh ủy đã được chấp nhận.");
  });

  it("allows review while pledge signing is open (registration closed)", async () => {
    const w = await world();
    const id = await submitted(w);
    await schedule(w.cycleA.id, "SIGNING_OPEN");
    signInAs(w.users.SECRETARY);
    await reviewRegistration(review(id, "accept"));
    expect((await w.db.registration.findUniqueOrThrow({ where: { id } })).status).toBe("ACCEPTED");
  });

  it("refuses review once pledge signing has closed too, with the reason, and writes nothing", async () => {
    const w = await world();
    const id = await submitted(w);
    await schedule(w.cycleA.id, "ALL_CLOSED");
    signInAs(w.users.SECRETARY);
    const before = await footprint();
    const e = await expectRefused(reviewRegistration(review(id, "return")), "PHASE_CLOSED");
    expect(e.message).toMatch(
      /^Chỉ tiếp nhận hoặc trả lại bản đăng ký trong giai đoạn “Đăng ký thi đua” hoặc “Ký kết giao ước”\. Giai đoạn “Ký kết giao ước” đã kết thúc ngày/,
    );
    expect(await footprint()).toEqual(before);
  });

  it("refuses reviewing a draft", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(reviewRegistration(review(id, "accept")), "CONFLICT");
    expect(e.message).toMatch(/chỉ tiếp nhận hoặc trả lại được bản đăng ký đã gửi/);
  });

  it("refuses a review made from a stale version (the chair decided first), naming who", async () => {
    const w = await world();
    const id = await submitted(w);
    signInAs(w.users.CHAIR);
    await reviewRegistration(review(id, "return"));
    signInAs(w.users.SECRETARY);
    const before = await footprint();
    const e = await expectRefused(reviewRegistration(review(id, "accept", 1)), "CONFLICT");
    expect(e.message).toMatch(/^Bản đăng ký đã được .+ cập nhật lúc .+ — dữ liệu hiện tại được hiển thị bên dưới\.$/);
    expect(await footprint()).toEqual(before);
  });

  it("is not found for an unknown registration", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(reviewRegistration(review("no-such-id", "accept")), "NOT_FOUND");
  });

  it("runs the whole round: returned, edited by the officer, sent again by the leader, accepted", async () => {
    const w = await world();
    const id = await submitted(w);
    signInAs(w.users.SECRETARY);
    await reviewRegistration(review(id, "return"));
    signInAs(w.users.AGENCY_OFFICER);
    await saveRegistration(input(w, { version: 2, titleIds: [w.titles.flag.id] }));
    signInAs(w.users.AGENCY_LEADER);
    await submitRegistration(input(w, { version: 3, titleIds: [w.titles.flag.id] }));
    signInAs(w.users.SECRETARY);
    await reviewRegistration(review(id, "accept", 4));
    expect(await w.db.registration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", version: 5 });
    expect((await auditOf(id)).map((a) => a.action)).toEqual([
      "registration.submit",
      "registration.return",
      "registration.update",
      "registration.submit",
      "registration.accept",
    ]);
  });
});
