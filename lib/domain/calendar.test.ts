import { describe, expect, test } from "vitest";
import {
  calendarBounds,
  checkReopen,
  checkYearToOpen,
  checkScoringModeChange,
  defaultPhaseDates,
  type PhaseDates,
  type ReopenCheck,
  type ScoringModeChange,
  validatePhaseDates,
} from "./calendar";
import { PHASE_KEYS, type PhaseWindow } from "./cycle-phase";

describe("defaultPhaseDates", () => {
  test("gives all nine phases in workflow order, from the template", () => {
    expect(defaultPhaseDates(2026)).toEqual([
      { key: "REGISTRATION", opensOn: "2026-01-05", closesOn: "2026-03-25" },
      { key: "PLEDGE_SIGNING", opensOn: "2026-03-01", closesOn: "2026-04-15" },
      { key: "EXECUTION", opensOn: "2026-04-16", closesOn: "2026-10-31" },
      { key: "MID_YEAR_REVIEW", opensOn: "2026-07-01", closesOn: "2026-07-31" },
      { key: "SELF_SCORING", opensOn: "2026-11-01", closesOn: "2026-12-05" },
      { key: "VERIFICATION", opensOn: "2026-12-06", closesOn: "2026-12-15" },
      { key: "OBJECTION", opensOn: "2026-12-16", closesOn: "2026-12-20" },
      { key: "CONFERENCE", opensOn: "2026-12-21", closesOn: "2026-12-31" },
      { key: "NOMINATION", opensOn: "2027-01-02", closesOn: "2027-01-20" },
    ]);
  });

  test.each([1945, 2024, 2026, 2199])("the template for %i passes its own validation", (year) => {
    expect(validatePhaseDates(year, defaultPhaseDates(year))).toBeNull();
  });
});

describe("calendarBounds", () => {
  test("runs from 01/01 of the year to 31/03 of the next", () => {
    expect(calendarBounds(2026)).toEqual({ from: "2026-01-01", to: "2027-03-31" });
  });
});

describe("validatePhaseDates", () => {
  const base = defaultPhaseDates(2026);
  const withPhase = (key: string, change: Partial<PhaseDates>) => base.map((p) => (p.key === key ? { ...p, ...change } : p));

  test.each<[string, PhaseDates[], Record<string, string[]> | null]>([
    ["a phase may open and close on the same day", withPhase("CONFERENCE", { opensOn: "2026-12-21", closesOn: "2026-12-21" }), null],
    ["a phase may open on 01/01 of the year (lower bound, inclusive)", withPhase("REGISTRATION", { opensOn: "2026-01-01" }), null],
    ["a phase may close on 31/03 of the next year (upper bound, inclusive)", withPhase("NOMINATION", { closesOn: "2027-03-31" }), null],
    [
      "a phase closing the day before it opens is refused, naming the phase",
      withPhase("REGISTRATION", { opensOn: "2026-03-01", closesOn: "2026-02-28" }),
      { "phases.REGISTRATION.closesOn": ["Ngày kết thúc giai đoạn “Đăng ký thi đua” không được trước ngày bắt đầu (01/03/2026)."] },
    ],
    [
      "a phase opening on 31/12 of the year before is refused",
      withPhase("REGISTRATION", { opensOn: "2025-12-31" }),
      { "phases.REGISTRATION.opensOn": ["Ngày bắt đầu giai đoạn “Đăng ký thi đua” phải trong khoảng 01/01/2026 – 31/03/2027."] },
    ],
    [
      "a phase closing on 01/04 of the next year is refused",
      withPhase("NOMINATION", { closesOn: "2027-04-01" }),
      { "phases.NOMINATION.closesOn": ["Ngày kết thúc giai đoạn “Đề nghị khen thưởng” phải trong khoảng 01/01/2026 – 31/03/2027."] },
    ],
    [
      "both ends out of range and reversed give an error on each field",
      withPhase("OBJECTION", { opensOn: "2028-01-10", closesOn: "2025-06-01" }),
      {
        "phases.OBJECTION.opensOn": ["Ngày bắt đầu giai đoạn “Giải trình, kiến nghị” phải trong khoảng 01/01/2026 – 31/03/2027."],
        "phases.OBJECTION.closesOn": [
          "Ngày kết thúc giai đoạn “Giải trình, kiến nghị” phải trong khoảng 01/01/2026 – 31/03/2027.",
          "Ngày kết thúc giai đoạn “Giải trình, kiến nghị” không được trước ngày bắt đầu (10/01/2028).",
        ],
      },
    ],
    [
      "a missing phase is refused",
      base.filter((p) => p.key !== "VERIFICATION"),
      { "phases.VERIFICATION.opensOn": ["Thiếu ngày của giai đoạn “Thẩm định / chấm chéo”."] },
    ],
  ])("%s", (_name, phases, expected) => {
    expect(validatePhaseDates(2026, phases)).toEqual(expected);
  });

  test("an empty calendar names every phase", () => {
    expect(Object.keys(validatePhaseDates(2026, []) ?? {})).toEqual(PHASE_KEYS.map((k) => `phases.${k}.opensOn`));
  });
});

describe("checkReopen", () => {
  const phase: PhaseWindow = { key: "REGISTRATION", opensOn: "2026-01-05", closesOn: "2026-03-25" };
  const refused = (field: "phaseId" | "reopenedUntil", reason: string): ReopenCheck => ({ ok: false, field, reason });

  test.each<[string, PhaseWindow, string, string, ReopenCheck]>([
    ["a closed phase reopens until a later day", phase, "2026-04-30", "2026-04-01", { ok: true }],
    ["a closed phase reopens until today (inclusive)", phase, "2026-04-01", "2026-04-01", { ok: true }],
    [
      "a closed phase cannot reopen until yesterday",
      phase,
      "2026-03-31",
      "2026-04-01",
      refused("reopenedUntil", "Ngày mở lại đến phải từ hôm nay (01/04/2026) trở đi."),
    ],
    ["a phase closed the day before can reopen", phase, "2026-03-30", "2026-03-26", { ok: true }],
    [
      "an open phase (last day) cannot be reopened",
      phase,
      "2026-04-30",
      "2026-03-25",
      refused("phaseId", "Giai đoạn “Đăng ký thi đua” đang mở đến ngày 25/03/2026; chỉ mở lại được giai đoạn đã kết thúc."),
    ],
    [
      "an upcoming phase cannot be reopened",
      phase,
      "2026-04-30",
      "2026-01-04",
      refused("phaseId", "Giai đoạn “Đăng ký thi đua” chưa mở (bắt đầu từ ngày 05/01/2026); chỉ mở lại được giai đoạn đã kết thúc."),
    ],
    [
      "a phase already reopened cannot be reopened again while the reopening runs",
      { ...phase, reopenedUntil: "2026-04-10" },
      "2026-04-30",
      "2026-04-10",
      refused("phaseId", "Giai đoạn “Đăng ký thi đua” đang được mở lại đến ngày 10/04/2026; chỉ mở lại được giai đoạn đã kết thúc."),
    ],
    ["a phase whose reopening has ended can be reopened again", { ...phase, reopenedUntil: "2026-04-10" }, "2026-04-30", "2026-04-11", { ok: true }],
  ])("%s", (_name, p, until, today, expected) => {
    expect(checkReopen(p, until, today)).toEqual(expected);
  });
});

describe("checkScoringModeChange", () => {
  const selfScoring: PhaseWindow = { key: "SELF_SCORING", opensOn: "2026-11-01", closesOn: "2026-12-05" };
  const change = (over: Partial<ScoringModeChange>): ScoringModeChange => ({
    current: "VERIFICATION",
    next: "CROSS_SCORING",
    selfScoring,
    hasScoreSheets: false,
    today: "2026-10-31",
    ...over,
  });
  const opened =
    "Không thể đổi cách chấm điểm: giai đoạn “Tự chấm điểm” đã mở từ ngày 01/11/2026, các cơ quan đã bắt đầu chấm theo cách “Tự chấm và thẩm định”.";

  test.each<[string, ScoringModeChange, string | null]>([
    ["keeping the mode is always allowed, even after self-scoring opened", change({ next: "VERIFICATION", today: "2026-11-20" }), null],
    ["the mode may change the day before self-scoring opens", change({}), null],
    ["the mode cannot change on the day self-scoring opens", change({ today: "2026-11-01" }), opened],
    ["the mode cannot change after self-scoring closed", change({ today: "2027-01-10" }), opened],
    ["without a self-scoring phase the mode may change", change({ selfScoring: undefined }), null],
    [
      "the mode cannot change once an agency has a score sheet",
      change({ hasScoreSheets: true }),
      "Không thể đổi cách chấm điểm: đã có cơ quan lập bảng tự chấm điểm theo cách “Tự chấm và thẩm định”.",
    ],
  ])("%s", (_name, c, expected) => {
    expect(checkScoringModeChange(c)).toBe(expected);
  });
});

describe("checkYearToOpen", () => {
  test.each<[number, string, boolean]>([
    [2018, "2026-12-06", true],
    [2026, "2026-12-06", true],
    [2027, "2026-12-06", true],
    [2028, "2026-12-06", false],
  ])("year %i on %s may be opened: %s", (year, today, ok) => {
    expect(checkYearToOpen(year, today) === null).toBe(ok);
  });
});
