import { beforeEach, describe, expect, it, vi } from "vitest";
import { grantExtension } from "@/lib/server/deadlines/grant-extension";
import { findDeadlineOverrides } from "@/lib/server/deadlines/find-deadline-overrides";
import { waiveLatePenalty } from "@/lib/server/deadlines/waive-late-penalty";
import { dayFromToday } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, setSelfScoring, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const reason = "Cơ quan bị mất điện kéo dài";

/** Who may extend or waive: those who may reopen a phase (the chair); bloc A's others see it but may not; outsiders do not see it. */
const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["CHAIR", "ok"],
  ["SECRETARY", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["COUNCIL", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("deadline overrides: who may", () => {
  beforeEach(() => signInAs(null));

  it.each(OUTCOMES)("%s extending btg's self-scoring → %s", async (who, outcome) => {
    const w = await world();
    await setSelfScoring(w.cycle.id, [-30, -2]);
    signInAs(w.users[who]);
    const input = { cycleId: w.cycle.id, agencyId: w.btg.id, step: "SELF_SCORING" as const, extendedUntil: dayFromToday(1), reason, version: 0 };
    if (outcome === "ok") await grantExtension(input);
    else await expectRefused(grantExtension(input), outcome);
    expect(await w.db.deadlineOverride.count()).toBe(outcome === "ok" ? 1 : 0);
    expect(await auditOf("DeadlineOverride")).toHaveLength(outcome === "ok" ? 1 : 0);
  });

  it.each(OUTCOMES)("%s waiving btg's late deduction → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = { cycleId: w.cycle.id, agencyId: w.btg.id, step: "SELF_SCORING" as const, reason, version: 0 };
    if (outcome === "ok") await waiveLatePenalty(input);
    else await expectRefused(waiveLatePenalty(input), outcome);
    expect(await w.db.deadlineOverride.count({ where: { waived: true } })).toBe(outcome === "ok" ? 1 : 0);
    expect(await auditOf("DeadlineOverride")).toHaveLength(outcome === "ok" ? 1 : 0);
  });

  it("an agency of another bloc cannot be given an extension in this year (NOT_FOUND, nothing written)", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const input = { cycleId: w.cycle.id, agencyId: w.outsider.id, step: "SELF_SCORING" as const, reason, version: 0 };
    await expectRefused(waiveLatePenalty(input), "NOT_FOUND");
    expect(await w.db.deadlineOverride.count()).toBe(0);
  });

  it.each<[Who, "view" | "manage" | null | "NOT_FOUND"]>([
    ["CHAIR", "manage"],
    ["SECRETARY", "view"],
    ["COUNCIL", "view"],
    ["OBSERVER", null],
    ["AGENCY_LEADER", null],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s reading the step's overrides → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await waiveLatePenalty({ cycleId: w.cycle.id, agencyId: w.btg.id, step: "SELF_SCORING", reason, version: 0 });
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") {
      await expectRefused(findDeadlineOverrides(w.blocA.id, YEAR, "SELF_SCORING"), "NOT_FOUND");
      return;
    }
    const view = await findDeadlineOverrides(w.blocA.id, YEAR, "SELF_SCORING");
    if (outcome === null) return expect(view).toBeNull();
    expect(view).toMatchObject({ step: "SELF_SCORING", rule: "Không nhận nộp muộn", canManage: outcome === "manage" });
    expect(view!.listed).toEqual([expect.objectContaining({ agencyId: w.btg.id, waived: true, waiverReason: reason, version: 1, late: null })]);
    expect(view!.agencies).toHaveLength(2);
  });
});
