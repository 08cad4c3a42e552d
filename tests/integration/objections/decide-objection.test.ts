import { beforeEach, describe, expect, it, vi } from "vitest";
import { DecideObjectionInputSchema } from "@/lib/schemas/objections";
import { decideObjection } from "@/lib/server/objections/decide-objection";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { signInAs } from "../setup/current-user-stub";
import { entryOf, setPhase, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** An OPEN objection of `agency` on `code`, written directly (creating is another use case). */
const open = (w: World, agency: "btg" | "bdv" | "btc" = "bdv", code = "II.1") =>
  w.db.objection.create({ data: { entryId: entryOf(w, agency, code).id, agencyId: w[agency].id, reason: "Điểm thẩm định thấp" } });
const decide = (objectionId: string, over: Record<string, unknown>) =>
  decideObjection(DecideObjectionInputSchema.parse({ objectionId, decision: "REJECT", decisionReason: "Không có minh chứng mới", ...over }));
async function rows(w: World) {
  const view = await computeBlocResultsWith(w.db, w.blocA.id, YEAR);
  if (view.status !== "READY") throw new Error(view.status);
  return view.rows.map((r) => [r.agencyName, r.rank, r.total, r.bandKey, r.vetoed]);
}

describe("decideObjection", () => {
  beforeEach(() => signInAs(null));

  it("lets the chair reject with a reason: the entry and the results do not change; audited", async () => {
    const w = await world();
    const o = await open(w);
    const before = await rows(w);
    signInAs(w.users.CHAIR);
    await decide(o.id, {});
    expect(await w.db.objection.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: "Không có minh chứng mới",
      decidedById: w.users.CHAIR,
      decidedAt: expect.any(Date),
    });
    expect(await rows(w)).toEqual(before);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Objection", entityId: o.id } });
    expect(audit).toMatchObject({
      action: "objection.reject",
      actorId: w.users.CHAIR,
      reason: "Không có minh chứng mới",
      before: { status: "OPEN", criterionCode: "II.1" },
      after: { status: "REJECTED" },
    });
  });

  it("accepts with new points: finalPoints is set in the same step and the ranking follows", async () => {
    const w = await world();
    const o = await open(w, "bdv", "II.1");
    signInAs(w.users.CHAIR);
    await decide(o.id, { decision: "ACCEPT", points: "40", decisionReason: "Biên bản chứng minh đạt mức 1" });
    expect((await w.db.scoreEntry.findUniqueOrThrow({ where: { id: entryOf(w, "bdv", "II.1").id } })).finalPoints?.toNumber()).toBe(40);
    // bdv: II.1 34 → 40, so 84 − 1 → 90 − 1 = 89; I.2 at 30/40 (75%) keeps it at Hoàn thành.
    expect((await rows(w))[1]).toEqual(["Ban Dân vận Tỉnh ủy", 2, 89, "HOAN_THANH", false]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Objection", entityId: o.id } });
    expect(audit).toMatchObject({
      action: "objection.accept",
      before: { entry: { finalPoints: null } },
      after: { status: "ACCEPTED", entry: { finalPoints: 40 } },
    });
  });

  it("accepts a quantitative objection with corrected actual and target: every agency's leader-relative points are recomputed", async () => {
    const w = await world();
    const o = await open(w, "bdv", "I.2");
    signInAs(w.users.CHAIR);
    await decide(o.id, { decision: "ACCEPT", actual: "13", target: "10", decisionReason: "Số liệu thống kê đã được xác nhận" });
    const e = await w.db.scoreEntry.findUniqueOrThrow({ where: { id: entryOf(w, "bdv", "I.2").id } });
    expect([e.verifiedActual?.toNumber(), e.verifiedTarget?.toNumber(), e.finalPoints, e.actual?.toNumber()]).toEqual([13, 10, null, 11]);
    // bdv leads I.2 with 1.3 → 40; btg at 1.2 gets 20 + 20·0.2/0.3 = 33.33.
    expect((await rows(w)).slice(0, 2)).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, 95.33, "TOT", false],
      ["Ban Dân vận Tỉnh ủy", 2, 93, "XUAT_SAC", false],
    ]);
  });

  it("accepts a gate objection: the veto is lifted", async () => {
    const w = await world();
    const o = await open(w, "btc", "V");
    signInAs(w.users.CHAIR);
    await decide(o.id, { decision: "ACCEPT", violation: "0", decisionReason: "Kết luận kiểm tra không có vi phạm" });
    expect((await rows(w))[2]).toEqual(["Ban Tổ chức Tỉnh ủy", 3, 48, "KHONG_HOAN_THANH", false]);
  });

  it("refuses points out of range or missing, and leaves the objection OPEN", async () => {
    const w = await world();
    const o = await open(w, "bdv", "II.1");
    signInAs(w.users.CHAIR);
    await expect(decide(o.id, { decision: "ACCEPT", points: "41", decisionReason: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { points: [expect.stringContaining("từ 0 đến 40")] },
    });
    await expect(decide(o.id, { decision: "ACCEPT", decisionReason: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { points: expect.any(Array) },
    });
    expect((await w.db.objection.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("OPEN");
    expect(await w.db.auditLog.count({ where: { entity: "Objection" } })).toBe(0);
  });

  it("requires a decision reason (schema)", () => {
    expect(DecideObjectionInputSchema.safeParse({ objectionId: "x", decision: "REJECT", decisionReason: "" }).error?.issues[0]?.message).toBe(
      "Vui lòng nhập lý do quyết định.",
    );
  });

  it("refuses a second decision of the same objection", async () => {
    const w = await world();
    const o = await open(w);
    signInAs(w.users.CHAIR);
    await decide(o.id, {});
    await expect(decide(o.id, { decision: "ACCEPT", points: "40" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await w.db.scoreEntry.findUniqueOrThrow({ where: { id: entryOf(w, "bdv", "II.1").id } })).finalPoints).toBeNull();
  });

  it.each<[Who, string]>([
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("refuses %s (%s)", async (who, code) => {
    const w = await world();
    const o = await open(w);
    signInAs(w.users[who]);
    await expect(decide(o.id, {})).rejects.toMatchObject({ code });
    expect((await w.db.objection.findUniqueOrThrow({ where: { id: o.id } })).status).toBe("OPEN");
  });

  it("is open during OBJECTION or CONFERENCE, closed when both are", async () => {
    const w = await world();
    const [a, b] = [await open(w, "bdv", "II.1"), await open(w, "bdv", "I.1")];
    signInAs(w.users.CHAIR);
    await setPhase(w.cycle.id, "OBJECTION", [-5, -1]);
    await expect(decide(a.id, {})).rejects.toMatchObject({ code: "PHASE_CLOSED" });
    await setPhase(w.cycle.id, "CONFERENCE", [0, 0]);
    await expect(decide(a.id, {})).resolves.toBeUndefined();
    await setPhase(w.cycle.id, "CONFERENCE", null);
    await setPhase(w.cycle.id, "OBJECTION", [0, 3]);
    await expect(decide(b.id, {})).resolves.toBeUndefined();
  });
});
