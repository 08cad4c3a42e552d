import { beforeEach, describe, expect, it, vi } from "vitest";
import { findObjectableEntries } from "@/lib/server/objections/find-objectable-entries";
import { findObjections } from "@/lib/server/objections/find-objections";
import { signInAs } from "../setup/current-user-stub";
import { entryOf, setPhase, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function seed(w: World) {
  const btg = await w.db.objection.create({ data: { entryId: entryOf(w, "btg", "II.1").id, agencyId: w.btg.id, reason: "btg II.1" } });
  await w.db.objection.create({
    data: {
      entryId: entryOf(w, "bdv", "I.1").id,
      agencyId: w.bdv.id,
      reason: "bdv I.1",
      status: "REJECTED",
      decisionReason: "Không đủ căn cứ",
      decidedById: w.users.CHAIR,
      decidedAt: new Date(),
    },
  });
  return btg;
}

describe("findObjections", () => {
  beforeEach(() => signInAs(null));

  it.each<Who>(["CHAIR", "SECRETARY", "ADMIN"])("gives %s every objection, open first, with the decider's name", async (who) => {
    const w = await world();
    await seed(w);
    signInAs(w.users[who]);
    const r = await findObjections(w.blocA.id, YEAR);
    expect(r?.scope).toBe("ALL");
    expect(r?.rows.map((o) => [o.reason, o.status, o.criterionCode, o.agencyName])).toEqual([
      ["btg II.1", "OPEN", "II.1", "Ban Tuyên giáo Tỉnh ủy"],
      ["bdv I.1", "REJECTED", "I.1", "Ban Dân vận Tỉnh ủy"],
    ]);
    expect(r?.rows[1]).toMatchObject({
      decisionReason: "Không đủ căn cứ",
      decidedByName: expect.stringContaining("Người dùng"),
      selfPoints: null,
      maxPoints: 20,
    });
  });

  it.each<[Who, string]>([
    ["AGENCY_LEADER", "btg II.1"],
    ["AGENCY_OFFICER", "btg II.1"],
    ["OTHER_AGENCY_LEADER", "bdv I.1"],
  ])("gives %s only its own agency's objections", async (who, reason) => {
    const w = await world();
    await seed(w);
    signInAs(w.users[who]);
    const r = await findObjections(w.blocA.id, YEAR);
    expect(r).toMatchObject({ scope: "OWN" });
    expect(r?.rows.map((o) => o.reason)).toEqual([reason]);
  });

  it("gives the observer nothing, and hides the bloc from another bloc's users", async () => {
    const w = await world();
    await seed(w);
    signInAs(w.users.OBSERVER);
    expect(await findObjections(w.blocA.id, YEAR)).toBeNull();
    for (const who of ["OTHER_SECRETARY", "OTHER_OFFICER"] as const) {
      signInAs(w.users[who]);
      await expect(findObjections(w.blocA.id, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("findObjectableEntries", () => {
  beforeEach(() => signInAs(null));

  it("gives an agency user its own sheet, self and verified side by side, with what can be objected to", async () => {
    const w = await world();
    await seed(w);
    await w.db.scoreEntry.update({
      where: { id: entryOf(w, "btg", "I.1").id },
      data: { selfPoints: 20, verifiedPoints: 15, verifyReason: "Thiếu minh chứng" },
    });
    signInAs(w.users.AGENCY_LEADER);
    const r = await findObjectableEntries(w.blocA.id, YEAR);
    expect(r?.phase).toEqual({ open: true });
    expect(r?.agencies.map((a) => [a.agencyName, a.sheetStatus])).toEqual([["Ban Tuyên giáo Tỉnh ủy", "VERIFIED"]]);
    const entries = r!.agencies[0]!.entries;
    expect(entries.map((e) => e.code)).toEqual(["I.1", "I.2", "II.1", "III", "IV", "V"]);
    expect(entries[0]).toMatchObject({ selfPoints: 20, verifiedPoints: 15, verifyReason: "Thiếu minh chứng", blockedBy: null });
    expect(entries.find((e) => e.code === "II.1")?.blockedBy).toContain("đang có một kiến nghị");
  });

  it("tells when the phase is closed and the sheet not verified", async () => {
    const w = await world();
    await setPhase(w.cycle.id, "OBJECTION", [-5, -1]);
    await w.db.scoreSheet.update({ where: { id: w.sheets.bdv.id }, data: { status: "SUBMITTED" } });
    signInAs(w.users.OTHER_AGENCY_LEADER);
    const r = await findObjectableEntries(w.blocA.id, YEAR);
    expect(r?.phase).toMatchObject({ open: false });
    expect(r?.agencies[0]?.entries.every((e) => e.blockedBy?.includes("thẩm định"))).toBe(true);
  });

  it.each<Who>(["CHAIR", "SECRETARY", "ADMIN", "OBSERVER"])("gives %s nothing (no agency of its own)", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    expect(await findObjectableEntries(w.blocA.id, YEAR)).toBeNull();
  });

  it("hides the bloc from another bloc's officer", async () => {
    const w = await world();
    signInAs(w.users.OTHER_OFFICER);
    await expect(findObjectableEntries(w.blocA.id, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
