import { describe, expect, test } from "vitest";
import { coCpCap, coCpMax, DEFAULT_CO_CP_CAP, type CoCpProposal } from "./co-cp-cap";

const proposal = (id: string, blocCode: string, agencyId: string, sentAt: string | null, nominee = `Đơn vị ${id}`): CoCpProposal => ({
  id,
  blocCode,
  blocName: `Khối ${blocCode}`,
  agencyId,
  nominee,
  sentAt,
});

describe("coCpMax", () => {
  test.each([
    [20, "FLOOR", 10, 2],
    [20, "FLOOR", 4, 0],
    [20, "CEIL", 4, 1],
    [20, "HALF_UP", 3, 1],
    [20, "HALF_UP", 2, 0],
    [25, "FLOOR", 0, 0],
    [100, "FLOOR", 7, 7],
  ] as const)("%d%% (%s) of %d leading units → %d", (pct, rounding, leaders, max) => {
    expect(coCpMax({ pct, rounding }, leaders).max).toBe(max);
  });

  test("the description shows the arithmetic", () => {
    expect(coCpMax(DEFAULT_CO_CP_CAP, 12).description).toBe("20% của 12 đơn vị dẫn đầu = 2,4 → tối đa 2");
  });
});

describe("coCpCap", () => {
  const leaders = new Set(["K1|a", "K2|b", "K3|c", "K4|d", "K5|e", "K6|f", "K7|g", "K8|h", "K9|i", "K10|j"]);

  test("proposals beyond the cap, in the order sent, are over it", () => {
    const view = coCpCap(DEFAULT_CO_CP_CAP, leaders, [
      proposal("3", "K3", "c", "2026-01-12T02:00:00.000Z"),
      proposal("1", "K1", "a", "2026-01-10T02:00:00.000Z"),
      proposal("2", "K2", "b", "2026-01-11T02:00:00.000Z"),
    ]);
    expect(view.max).toBe(2);
    expect(view.received).toBe(3);
    expect(view.over).toBe(1);
    expect(view.proposals.map((p) => [p.id, p.position, p.overCap])).toEqual([
      ["1", 1, false],
      ["2", 2, false],
      ["3", 3, true],
    ]);
  });

  test("within the cap nothing is over; an unknown sending time comes last", () => {
    const view = coCpCap(DEFAULT_CO_CP_CAP, leaders, [proposal("x", "K1", "a", null), proposal("y", "K2", "b", "2026-01-10T00:00:00.000Z")]);
    expect(view.proposals.map((p) => p.id)).toEqual(["y", "x"]);
    expect(view.proposals.some((p) => p.overCap)).toBe(false);
    expect(view.over).toBe(0);
  });

  test("a nominee its bloc did not acclaim as leading unit is flagged, and counts", () => {
    const view = coCpCap({ pct: 20, rounding: "FLOOR" }, new Set(["K1|a"]), [proposal("1", "K1", "z", "2026-01-10T00:00:00.000Z")]);
    expect(view.max).toBe(0);
    expect(view.proposals[0]).toMatchObject({ notLeader: true, overCap: true });
  });

  test("the same agency acclaimed in another bloc is not this bloc's leader", () => {
    const view = coCpCap({ pct: 100, rounding: "FLOOR" }, new Set(["K2|a"]), [proposal("1", "K1", "a", null)]);
    expect(view.proposals[0]!.notLeader).toBe(true);
  });
});
