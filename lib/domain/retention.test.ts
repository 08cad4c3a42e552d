import { describe, expect, it } from "vitest";
import { DEFAULT_RETENTION_YEARS, isPastRetention, keepUntil, lastExpiredYear, retentionPeriods } from "./retention";

describe("retention", () => {
  it("keeps scoring evidence 10 years after its year ends", () => {
    const until = keepUntil(DEFAULT_RETENTION_YEARS.SCORE_EVIDENCE, 2024, false);
    expect(until).toBe("2034-12-31");
    expect(isPastRetention(until, "2034-12-31")).toBe(false);
    expect(isPastRetention(until, "2035-01-01")).toBe(true);
  });

  it("keeps permanently the signed pledge, role models and any file of an award dossier", () => {
    expect(keepUntil(DEFAULT_RETENTION_YEARS.PLEDGE_SCAN, 2000, false)).toBeNull();
    expect(keepUntil(DEFAULT_RETENTION_YEARS.ROLE_MODEL_EVIDENCE, 2000, false)).toBeNull();
    expect(keepUntil(10, 2000, true)).toBeNull();
    expect(isPastRetention(null, "2999-01-01")).toBe(false);
  });

  it("takes a council's own periods over the defaults", () => {
    const p = retentionPeriods([
      { kind: "SCORE_EVIDENCE", years: 5 },
      { kind: "PROGRESS_EVIDENCE", years: null },
      { kind: "UNKNOWN", years: 1 },
    ]);
    expect(p).toEqual({ ...DEFAULT_RETENTION_YEARS, SCORE_EVIDENCE: 5, PROGRESS_EVIDENCE: null });
  });

  it("bounds the years to look at", () => {
    expect(lastExpiredYear(10, "2035-01-01")).toBe(2024);
    expect(lastExpiredYear(10, "2034-12-31")).toBe(2023);
  });
});
