import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getBlocResults: who sees what before publication", () => {
  beforeEach(() => signInAs(null));

  it.each<Who>(["ADMIN", "SECRETARY", "CHAIR"])("%s sees every agency's row", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    const view = await getBlocResults(w.blocA.id, YEAR);
    expect(view).toMatchObject({ status: "READY", scope: "ALL" });
    expect(view?.status === "READY" && view.rows.map((r) => r.agencyId)).toEqual([w.btg.id, w.bdv.id, w.btc.id]);
  });

  it.each<[Who, "btg" | "bdv", number]>([
    ["AGENCY_LEADER", "btg", 1],
    ["AGENCY_OFFICER", "btg", 1],
    ["OTHER_AGENCY_LEADER", "bdv", 2],
  ])("%s sees only its own agency's row, with the bloc's rank", async (who, own, rank) => {
    const w = await world();
    signInAs(w.users[who]);
    const view = await getBlocResults(w.blocA.id, YEAR);
    if (view?.status !== "READY") throw new Error("not ready");
    expect(view.scope).toBe("OWN");
    expect(view.rows.map((r) => [r.agencyId, r.rank])).toEqual([[w[own].id, rank]]);
    expect(view.withoutSheet).toEqual([]);
  });

  it("gives the observer nothing before publication (null, not an error)", async () => {
    const w = await world();
    signInAs(w.users.OBSERVER);
    expect(await getBlocResults(w.blocA.id, YEAR)).toBeNull();
  });

  it.each<Who>(["OTHER_SECRETARY", "OTHER_OFFICER"])("hides bloc A from %s (another bloc) as not found", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    await expect(getBlocResults(w.blocA.id, YEAR)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a signed-out caller", async () => {
    const w = await world();
    await expect(getBlocResults(w.blocA.id, YEAR)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
