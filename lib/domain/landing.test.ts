import { describe, expect, test } from "vitest";
import type { PhaseWindow } from "./cycle-phase";
import { currentYear } from "./landing";

const window = (key: PhaseWindow["key"], opensOn: string, closesOn: string): PhaseWindow => ({ key, opensOn, closesOn });
const year = (y: number, ...phases: PhaseWindow[]) => ({ year: y, phases });

describe("currentYear", () => {
  test("no years: nowhere to land", () => {
    expect(currentYear([], "2026-12-06")).toBeNull();
  });

  test("a year with a phase open today wins over a later year without one", () => {
    const years = [year(2026, window("SELF_SCORING", "2026-11-01", "2026-12-20")), year(2027, window("REGISTRATION", "2027-01-05", "2027-03-25"))];
    expect(currentYear(years, "2026-12-06")).toBe(2026);
  });

  test("when two years are open (last year's nominations, this year's registration) the later one", () => {
    const years = [year(2025, window("NOMINATION", "2026-01-02", "2026-01-20")), year(2026, window("REGISTRATION", "2026-01-05", "2026-03-25"))];
    expect(currentYear(years, "2026-01-10")).toBe(2026);
  });

  test("a finished year is not chosen when this calendar year exists, even between phases", () => {
    const years = [
      year(2024, window("CONFERENCE", "2024-12-01", "2024-12-31")),
      year(2026, window("REGISTRATION", "2026-01-05", "2026-03-25"), window("SELF_SCORING", "2026-11-01", "2026-12-05")),
    ];
    expect(currentYear(years, "2026-06-01")).toBe(2026);
  });

  test("next year set up ahead of time is chosen over a finished one", () => {
    const years = [year(2024, window("CONFERENCE", "2024-12-01", "2024-12-31")), year(2027, window("REGISTRATION", "2027-01-05", "2027-03-25"))];
    expect(currentYear(years, "2026-06-01")).toBe(2027);
  });

  test("a year without phases yet (just created) in this calendar year is chosen", () => {
    expect(currentYear([year(2023, window("CONFERENCE", "2023-12-01", "2023-12-31")), year(2026)], "2026-06-01")).toBe(2026);
  });

  test("only finished years: the most recent", () => {
    expect(
      currentYear([year(2023, window("CONFERENCE", "2023-12-01", "2023-12-31")), year(2024, window("CONFERENCE", "2024-12-01", "2024-12-31"))], "2026-06-01"),
    ).toBe(2024);
  });
});
