import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateObjectionInputSchema } from "@/lib/schemas/objections";
import { createObjection } from "@/lib/server/objections/create-objection";
import { signInAs } from "../setup/current-user-stub";
import { entryOf, pdf, setPhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const input = (entryId: string, over: Record<string, unknown> = {}) =>
  CreateObjectionInputSchema.parse({ entryId, reason: "Đã đạt chỉ tiêu, có biên bản kèm theo", files: [], ...over });
const objectTo = (w: World, code = "II.1", over: Record<string, unknown> = {}) => createObjection(input(entryOf(w, "btg", code).id, over));

describe("createObjection", () => {
  beforeEach(() => signInAs(null));

  it.each<Who>(["AGENCY_LEADER", "AGENCY_OFFICER"])("lets %s object to its own verified entry, with evidence, audited", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    const { id } = await objectTo(w, "II.1", { files: [pdf("bien-ban.pdf")] });
    const row = await w.db.objection.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(row).toMatchObject({
      agencyId: w.btg.id,
      entryId: entryOf(w, "btg", "II.1").id,
      status: "OPEN",
      reason: "Đã đạt chỉ tiêu, có biên bản kèm theo",
      decidedAt: null,
    });
    expect(row.files.map((f) => [f.originalName, f.blocId, f.uploadedById])).toEqual([["bien-ban.pdf", w.blocA.id, w.users[who]]]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Objection", entityId: id } });
    expect(audit).toMatchObject({ action: "objection.create", actorId: w.users[who], blocId: w.blocA.id });
    expect(audit.after).toMatchObject({ criterionCode: "II.1", status: "OPEN", files: ["bien-ban.pdf"] });
  });

  it.each<[Who, string]>([
    ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("refuses %s on another agency's entry (%s)", async (who, code) => {
    const w = await world();
    signInAs(w.users[who]);
    await expect(objectTo(w)).rejects.toMatchObject({ code });
    expect(await w.db.objection.count()).toBe(0);
  });

  it("refuses a signed-out caller and an unknown entry", async () => {
    const w = await world();
    await expect(objectTo(w)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(w.users.AGENCY_LEADER);
    await expect(createObjection(input("nope"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.each<[string, [number, number] | null]>([
    ["not scheduled", null],
    ["over", [-5, -1]],
    ["not yet open", [1, 5]],
  ])("refuses outside the OBJECTION phase (%s)", async (_n, window) => {
    const w = await world();
    await setPhase(w.cycle.id, "OBJECTION", window);
    await setPhase(w.cycle.id, "CONFERENCE", [-1, 5]);
    signInAs(w.users.AGENCY_LEADER);
    await expect(objectTo(w)).rejects.toMatchObject({ code: "PHASE_CLOSED" });
  });

  it("refuses an entry whose sheet is not verified yet (verification mode), accepts it in cross-scoring mode", async () => {
    const w = await world();
    await w.db.scoreSheet.update({ where: { id: w.sheets.btg.id }, data: { status: "SUBMITTED" } });
    signInAs(w.users.AGENCY_LEADER);
    await expect(objectTo(w)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("thẩm định") });
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    await expect(objectTo(w)).resolves.toMatchObject({ id: expect.any(String) });
    await w.db.scoreSheet.update({ where: { id: w.sheets.btg.id }, data: { status: "DRAFT" } });
    await expect(objectTo(w, "I.1")).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("allows one OPEN objection per entry; another entry or a decided one is fine", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const first = await objectTo(w);
    await expect(objectTo(w)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(objectTo(w, "I.1")).resolves.toBeTruthy();
    await w.db.objection.update({ where: { id: first.id }, data: { status: "REJECTED", decisionReason: "x", decidedAt: new Date() } });
    await expect(objectTo(w)).resolves.toBeTruthy();
    expect(await w.db.objection.count({ where: { entryId: entryOf(w, "btg", "II.1").id } })).toBe(2);
  });

  it("two objections on the same entry at once: one is refused", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const results = await Promise.allSettled([objectTo(w), objectTo(w)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await w.db.objection.count({ where: { status: "OPEN" } })).toBe(1);
  });

  it("refuses a file that is not evidence, and writes nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const bad = new File([Buffer.from("MZ not a pdf")], "virus.exe", { type: "application/pdf" });
    await expect(objectTo(w, "II.1", { files: [bad] })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("virus.exe") });
    expect(await w.db.objection.count()).toBe(0);
    expect(await w.db.storedFile.count()).toBe(0);
  });

  it("requires a reason (schema)", () => {
    expect(CreateObjectionInputSchema.safeParse({ entryId: "x", reason: "  ", files: [] }).error?.issues[0]?.message).toBe("Vui lòng nhập lý do khiếu nại.");
  });
});
