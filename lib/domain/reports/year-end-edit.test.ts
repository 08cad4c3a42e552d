import { describe, expect, it } from "vitest";
import type { PhaseWindow } from "@/lib/domain/cycle-phase";
import { reportEditCheck } from "./year-end-edit";

const phases = (closesOn: string, reopenedUntil: string | null = null): PhaseWindow[] => [
  { key: "REGISTRATION", opensOn: "2026-01-01", closesOn: "2026-02-01" },
  { key: "NOMINATION", opensOn: "2026-12-01", closesOn, reopenedUntil },
];

describe("reportEditCheck", () => {
  it.each([
    ["during the year", phases("2026-12-31"), "2026-06-01", true],
    ["on the last day of the last phase", phases("2026-12-31"), "2026-12-31", true],
    ["once every phase has ended (archived)", phases("2026-12-31"), "2027-01-01", false],
    ["while the chair has reopened a phase", phases("2026-12-31", "2027-01-10"), "2027-01-05", true],
    ["after the reopening ends", phases("2026-12-31", "2027-01-10"), "2027-01-11", false],
    ["without a calendar", [], "2030-01-01", true],
  ])("%s", (_, list, today, open) => {
    const check = reportEditCheck(list, 2026, today);
    expect(check.open).toBe(open);
    if (!check.open) expect(check.reason).toMatch(/^Năm thi đua 2026 đã kết thúc .* lưu trữ.*Trưởng khối có thể mở lại giai đoạn/);
  });
});
