import { beforeEach, describe, expect, it, vi } from "vitest";
import { PublishResultsInputSchema, SetResultPublicityInputSchema } from "@/lib/schemas/publication";
import { getPublicResults, listPublicResults } from "@/lib/server/publication/get-public-results";
import { publishResults } from "@/lib/server/publication/publish-results";
import { setResultPublicity } from "@/lib/server/publication/set-result-publicity";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const publish = (w: World, expectedVersion: number, reason?: string) =>
  publishResults(PublishResultsInputSchema.parse({ blocId: w.blocA.id, year: String(YEAR), expectedVersion: String(expectedVersion), reason }));
const publicity = (w: World, version: number, makePublic: boolean, reason?: string) =>
  setResultPublicity(
    SetResultPublicityInputSchema.parse({ blocId: w.blocA.id, year: String(YEAR), version: String(version), makePublic: String(makePublic), reason }),
  );

async function publishedWorld() {
  const w = await world();
  signInAs(w.users.CHAIR);
  await publish(w, 0);
  return w;
}

describe("results made public", () => {
  beforeEach(() => signInAs(null));

  it("nothing is public until the chair makes a published version public; then anyone reads its ranking and bands only", async () => {
    const w = await publishedWorld();
    signInAs(null);
    await expect(getPublicResults(w.blocA.code, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });

    signInAs(w.users.CHAIR);
    expect(await publicity(w, 1, true)).toEqual({ isPublic: true });
    signInAs(null);
    const r = await getPublicResults(w.blocA.code, YEAR);
    expect(r).toMatchObject({ year: YEAR, version: 1, corrected: false, bloc: { code: w.blocA.code } });
    expect(r.rows).toEqual([
      { rank: 1, place: "Nhất", agencyName: "Ban Tuyên giáo Tỉnh ủy", total: 102, band: expect.any(String) },
      { rank: 2, place: "Nhì", agencyName: "Ban Dân vận Tỉnh ủy", total: 83, band: expect.any(String) },
      { rank: 3, place: "Ba", agencyName: "Ban Tổ chức Tỉnh ủy", total: 48, band: expect.any(String) },
    ]);
    // No ids, criterion scores or reasons leave through the public reader.
    expect(JSON.stringify(r)).not.toMatch(/agencyId|cells|groups|bandReason|tieBreakNote|excluded/);
    await expect(getPublicResults(w.blocA.code, YEAR + 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicResults(w.blocB.code, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("making public and withdrawing are audited; a withdrawn result is not found again", async () => {
    const w = await publishedWorld();
    await publicity(w, 1, true);
    await publicity(w, 1, false, "Chờ đính chính sau khiếu nại.");
    const audits = await w.db.auditLog.findMany({ where: { entity: "PublicResult" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(audits.map((a) => [a.action, a.actorId, a.before, a.after, a.reason])).toEqual([
      ["results.make-public", w.users.CHAIR, { isPublic: false }, { isPublic: true, version: 1 }, null],
      ["results.withdraw-public", w.users.CHAIR, expect.objectContaining({ isPublic: true, version: 1 }), { isPublic: false }, "Chờ đính chính sau khiếu nại."],
    ]);
    signInAs(null);
    await expect(getPublicResults(w.blocA.code, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("one version is public at a time: making a correction public replaces the older one; a public version later corrected says so", async () => {
    const w = await publishedWorld();
    await publicity(w, 1, true);
    await publish(w, 1, "Đính chính sau khiếu nại.");
    signInAs(null);
    expect(await getPublicResults(w.blocA.code, YEAR)).toMatchObject({ version: 1, corrected: true });
    signInAs(w.users.CHAIR);
    await publicity(w, 2, true);
    expect(await w.db.publicResult.count()).toBe(1);
    signInAs(null);
    expect(await getPublicResults(w.blocA.code, YEAR)).toMatchObject({ version: 2, corrected: false });
  });

  it("only the chair may, and only for a version that exists and in the right state; refusals write nothing", async () => {
    const w = await publishedWorld();
    for (const who of ["SECRETARY", "OBSERVER", "AGENCY_LEADER", "COUNCIL", "OTHER_SECRETARY"] as const) {
      signInAs(w.users[who]);
      await expect(publicity(w, 1, true)).rejects.toMatchObject({ code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/) });
    }
    signInAs(null);
    await expect(publicity(w, 1, true)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(w.users.CHAIR);
    await expect(publicity(w, 2, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(publicity(w, 1, false)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await w.db.publicResult.count()).toBe(0);
    expect(await w.db.auditLog.count({ where: { entity: "PublicResult" } })).toBe(0);
  });

  it("a province's list names only its blocs' public results", async () => {
    const w = await publishedWorld();
    const province = await w.db.bloc.findUniqueOrThrow({ where: { id: w.blocA.id }, select: { province: { select: { code: true } } } });
    if (!province.province) throw new Error("bloc A has no province in this world");
    signInAs(null);
    expect((await listPublicResults(province.province.code)).results).toEqual([]);
    signInAs(w.users.CHAIR);
    await publicity(w, 1, true);
    signInAs(null);
    expect((await listPublicResults(province.province.code)).results).toEqual([expect.objectContaining({ blocCode: w.blocA.code, year: YEAR, version: 1 })]);
    await expect(listPublicResults("KHONG-CO")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
