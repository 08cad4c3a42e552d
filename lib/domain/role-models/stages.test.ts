import { describe, expect, it } from "vitest";
import { advanceStage, nextStage, type RoleModelStage, type StageDays } from "./stages";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const found: StageDays = { foundOn: d("2025-02-01"), fosteredOn: null, reviewedOn: null, replicatedOn: null };
const reviewed: StageDays = { ...found, fosteredOn: d("2025-04-01"), reviewedOn: d("2025-09-01") };

describe("nextStage", () => {
  it.each<[RoleModelStage, RoleModelStage | null]>([
    ["FOUND", "FOSTERED"],
    ["FOSTERED", "REVIEWED"],
    ["REVIEWED", "REPLICATED"],
    ["REPLICATED", null],
  ])("%s → %s", (from, to) => expect(nextStage(from)).toBe(to));
});

describe("advanceStage", () => {
  it("moves to the next stage and names its day field", () => {
    expect(advanceStage("FOUND", found, "FOSTERED", d("2025-03-01"))).toEqual({ ok: true, to: "FOSTERED", field: "fosteredOn" });
    expect(advanceStage("REVIEWED", reviewed, "REPLICATED", d("2025-09-01"))).toEqual({ ok: true, to: "REPLICATED", field: "replicatedOn" });
  });

  it.each<[RoleModelStage, StageDays, RoleModelStage, string]>([
    ["FOUND", found, "REVIEWED", "bỏ qua khâu"],
    ["FOUND", found, "REPLICATED", "bỏ qua khâu"],
    ["REVIEWED", reviewed, "FOSTERED", "quay lại"],
    ["REVIEWED", reviewed, "REVIEWED", "quay lại"],
    ["REPLICATED", { ...reviewed, replicatedOn: d("2025-10-01") }, "REPLICATED", "quay lại"],
  ])("refuses %s → %s", (from, days, to, words) => {
    const move = advanceStage(from, days, to, d("2025-12-01"));
    expect(move.ok).toBe(false);
    if (!move.ok) expect(move.message).toContain(words);
  });

  it("tells a skip (input) from a step already taken (conflict)", () => {
    expect(advanceStage("FOUND", found, "REVIEWED", d("2025-12-01"))).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(advanceStage("FOSTERED", { ...found, fosteredOn: d("2025-03-01") }, "FOSTERED", d("2025-12-01"))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a day before the current stage's day, accepts the same day", () => {
    const early = advanceStage("REVIEWED", reviewed, "REPLICATED", d("2025-08-31"));
    expect(early).toMatchObject({ ok: false, field: "on" });
    if (!early.ok) expect(early.message).toContain("01/09/2025");
    expect(advanceStage("FOUND", found, "FOSTERED", d("2025-02-01")).ok).toBe(true);
  });
});
