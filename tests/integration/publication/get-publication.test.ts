import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPublication } from "@/lib/server/publication/get-publication";
import { publishResults } from "@/lib/server/publication/publish-results";
import { world, YEAR, type Who, type World } from "./world";
import { signInAs } from "../setup/current-user-stub";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function published(w: World) {
  signInAs(w.users.CHAIR);
  await publishResults({ blocId: w.blocA.id, year: YEAR, expectedVersion: 0, reason: null });
  signInAs(null);
}

describe("getPublication", () => {
  beforeEach(() => signInAs(null));

  it.each<Who>(["OBSERVER", "AGENCY_OFFICER", "OTHER_AGENCY_LEADER", "SECRETARY", "CHAIR", "ADMIN"])("shows %s the whole published ranking", async (who) => {
    const w = await world();
    await published(w);
    signInAs(w.users[who]);
    const p = await getPublication(w.blocA.id, YEAR, 1);
    expect(p).toMatchObject({ version: 1, latestVersion: 1, reason: null, publishedByName: expect.stringContaining("Người dùng") });
    expect(p.snapshot.rows.map((r) => [r.agencyName, r.label, r.total, r.bandLabel])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", "Nhất", 102, "Hoàn thành xuất sắc nhiệm vụ"],
      ["Ban Dân vận Tỉnh ủy", "Nhì", 83, "Hoàn thành nhiệm vụ"],
      ["Ban Tổ chức Tỉnh ủy", "Ba", 48, "Không hoàn thành nhiệm vụ"],
    ]);
  });

  it("keeps showing a version as published after the scores change", async () => {
    const w = await world();
    await published(w);
    await w.db.scoreEntry.updateMany({ data: { finalPoints: 0 } });
    signInAs(w.users.OBSERVER);
    expect((await getPublication(w.blocA.id, YEAR, 1)).snapshot.rows[0]!.total).toBe(102);
  });

  it.each<Who>(["OTHER_SECRETARY", "OTHER_OFFICER"])("hides it from %s (another bloc)", async (who) => {
    const w = await world();
    await published(w);
    signInAs(w.users[who]);
    await expect(getPublication(w.blocA.id, YEAR, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is NOT_FOUND for a version that was not published, and refuses a signed-out caller", async () => {
    const w = await world();
    await expect(getPublication(w.blocA.id, YEAR, 1)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    signInAs(w.users.OBSERVER);
    await expect(getPublication(w.blocA.id, YEAR, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await published(w);
    signInAs(w.users.OBSERVER);
    await expect(getPublication(w.blocA.id, YEAR, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
