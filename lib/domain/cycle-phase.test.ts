import { describe, expect, test } from "vitest";
import {
  checkPhaseOpen,
  cycleStatus,
  type CycleStatus,
  isoToVn,
  PHASE_KEYS,
  PHASE_LABELS,
  REOPEN_HINT,
  type PhaseCheck,
  type PhaseState,
  type PhaseWindow,
  phaseState,
} from "./cycle-phase";

const registration: PhaseWindow = { key: "REGISTRATION", opensOn: "2024-01-15", closesOn: "2024-02-15" };
const reopened: PhaseWindow = { ...registration, reopenedUntil: "2024-02-25" };
// The schedule was later moved to close after an old reopening had ended.
const staleReopening: PhaseWindow = { ...registration, reopenedUntil: "2024-02-10" };
const acrossNewYear: PhaseWindow = { key: "NOMINATION", opensOn: "2024-12-20", closesOn: "2025-01-05" };
const oneDay: PhaseWindow = { key: "CONFERENCE", opensOn: "2024-12-20", closesOn: "2024-12-20" };

describe("phaseState", () => {
  test.each<[string, PhaseWindow, string, PhaseState]>([
    ["a phase is upcoming the day before it opens", registration, "2024-01-14", "UPCOMING"],
    ["a phase is open on its first day (inclusive)", registration, "2024-01-15", "OPEN"],
    ["a phase is open on its last day (inclusive)", registration, "2024-02-15", "OPEN"],
    ["a phase is closed the day after its last day", registration, "2024-02-16", "CLOSED"],
    ["a phase without a reopening stays closed", { ...registration, reopenedUntil: null }, "2024-03-01", "CLOSED"],
    ["a reopened phase is OPEN, not REOPENED, within its own window", reopened, "2024-02-15", "OPEN"],
    ["a reopened phase is REOPENED the day after closesOn", reopened, "2024-02-16", "REOPENED"],
    ["a reopened phase is REOPENED on reopenedUntil (inclusive)", reopened, "2024-02-25", "REOPENED"],
    ["a reopened phase is closed the day after reopenedUntil", reopened, "2024-02-26", "CLOSED"],
    ["a stale reopening that ended before closesOn does not extend it", staleReopening, "2024-02-16", "CLOSED"],
    ["a phase crossing the new year is open on 31/12", acrossNewYear, "2024-12-31", "OPEN"],
    ["a phase crossing the new year is open on its last day in January", acrossNewYear, "2025-01-05", "OPEN"],
    ["a phase crossing the new year is closed after its last day", acrossNewYear, "2025-01-06", "CLOSED"],
    ["a one-day phase is upcoming the day before", oneDay, "2024-12-19", "UPCOMING"],
    ["a one-day phase is open on that day", oneDay, "2024-12-20", "OPEN"],
    ["a one-day phase is closed the day after", oneDay, "2024-12-21", "CLOSED"],
  ])("%s", (_name, phase, today, expected) => {
    expect(phaseState(phase, today)).toBe(expected);
  });
});

describe("checkPhaseOpen", () => {
  const closed = (reason: string): PhaseCheck => ({ open: false, reason });

  test.each<[string, PhaseWindow[], string, PhaseCheck]>([
    [
      "a phase is closed before it opens, with its first day in the reason",
      [registration],
      "2024-01-14",
      closed("Giai đoạn “Đăng ký thi đua” chưa mở: bắt đầu từ ngày 15/01/2024."),
    ],
    ["a phase is open on its first day (inclusive)", [registration], "2024-01-15", { open: true }],
    ["a phase is open on its last day (inclusive)", [registration], "2024-02-15", { open: true }],
    [
      "a phase is closed the day after, with its last day in the reason",
      [registration],
      "2024-02-16",
      closed("Giai đoạn “Đăng ký thi đua” đã kết thúc ngày 15/02/2024. " + REOPEN_HINT),
    ],
    [
      "a phase with no schedule is closed",
      [{ ...registration, key: "PLEDGE_SIGNING" }],
      "2024-01-20",
      closed("Chưa đặt lịch cho giai đoạn “Đăng ký thi đua”."),
    ],
    ["an empty schedule closes every phase", [], "2024-01-20", closed("Chưa đặt lịch cho giai đoạn “Đăng ký thi đua”.")],
    [
      "a stale reopening before closesOn leaves closesOn in the reason",
      [staleReopening],
      "2024-02-16",
      closed("Giai đoạn “Đăng ký thi đua” đã kết thúc ngày 15/02/2024. " + REOPEN_HINT),
    ],
  ])("%s", (_name, phases, today, expected) => {
    expect(checkPhaseOpen(phases, "REGISTRATION", today)).toEqual(expected);
  });

  test.each<[string, PhaseCheck]>([
    ["2024-02-16", { open: true }],
    ["2024-02-25", { open: true }],
    ["2024-02-26", { open: false, reason: "Giai đoạn “Đăng ký thi đua” đã kết thúc ngày 25/02/2024. " + REOPEN_HINT }],
  ])("a reopened phase is open until reopenedUntil, then closed with that date in the reason: %s", (today, expected) => {
    expect(checkPhaseOpen([reopened], "REGISTRATION", today)).toEqual(expected);
  });

  test("it checks the phase asked for, not another open one", () => {
    const phases: PhaseWindow[] = [registration, { key: "PLEDGE_SIGNING", opensOn: "2024-02-20", closesOn: "2024-03-15" }];
    expect(checkPhaseOpen(phases, "PLEDGE_SIGNING", "2024-02-01")).toEqual(closed("Giai đoạn “Ký kết giao ước” chưa mở: bắt đầu từ ngày 20/02/2024."));
  });
});

describe("cycleStatus", () => {
  const YEAR: PhaseWindow[] = [
    { key: "REGISTRATION", opensOn: "2024-01-15", closesOn: "2024-02-15" },
    { key: "PLEDGE_SIGNING", opensOn: "2024-02-20", closesOn: "2024-03-15" },
    { key: "EXECUTION", opensOn: "2024-03-16", closesOn: "2024-11-30" },
    { key: "MID_YEAR_REVIEW", opensOn: "2024-06-15", closesOn: "2024-07-15" },
    { key: "SELF_SCORING", opensOn: "2024-11-01", closesOn: "2024-11-30" },
    { key: "VERIFICATION", opensOn: "2024-12-01", closesOn: "2024-12-10" },
    { key: "OBJECTION", opensOn: "2024-12-11", closesOn: "2024-12-15" },
    { key: "CONFERENCE", opensOn: "2024-12-20", closesOn: "2024-12-31" },
    { key: "NOMINATION", opensOn: "2025-01-02", closesOn: "2025-01-31" },
  ];
  const opens = (key: PhaseWindow["key"], on: string) => ({ key, kind: "OPENS" as const, on });
  const closes = (key: PhaseWindow["key"], on: string) => ({ key, kind: "CLOSES" as const, on });

  test.each<[string, PhaseWindow[], string, CycleStatus]>([
    [
      "before the year starts: nothing open, every phase an upcoming deadline",
      YEAR,
      "2024-01-01",
      {
        open: [],
        next: { key: "REGISTRATION", opensOn: "2024-01-15" },
        deadlines: [
          opens("REGISTRATION", "2024-01-15"),
          opens("PLEDGE_SIGNING", "2024-02-20"),
          opens("EXECUTION", "2024-03-16"),
          opens("MID_YEAR_REVIEW", "2024-06-15"),
          opens("SELF_SCORING", "2024-11-01"),
          opens("VERIFICATION", "2024-12-01"),
          opens("OBJECTION", "2024-12-11"),
          opens("CONFERENCE", "2024-12-20"),
          opens("NOMINATION", "2025-01-02"),
        ],
        isFinished: false,
      },
    ],
    [
      "mid-year: two overlapping phases open, closings and openings merged soonest first",
      YEAR,
      "2024-06-20",
      {
        open: ["EXECUTION", "MID_YEAR_REVIEW"],
        next: { key: "SELF_SCORING", opensOn: "2024-11-01" },
        deadlines: [
          closes("MID_YEAR_REVIEW", "2024-07-15"),
          opens("SELF_SCORING", "2024-11-01"),
          closes("EXECUTION", "2024-11-30"),
          opens("VERIFICATION", "2024-12-01"),
          opens("OBJECTION", "2024-12-11"),
          opens("CONFERENCE", "2024-12-20"),
          opens("NOMINATION", "2025-01-02"),
        ],
        isFinished: false,
      },
    ],
    [
      "two phases on their last day (inclusive) are both open; same-day closings keep calendar order",
      YEAR,
      "2024-11-30",
      {
        open: ["EXECUTION", "SELF_SCORING"],
        next: { key: "VERIFICATION", opensOn: "2024-12-01" },
        deadlines: [
          closes("EXECUTION", "2024-11-30"),
          closes("SELF_SCORING", "2024-11-30"),
          opens("VERIFICATION", "2024-12-01"),
          opens("OBJECTION", "2024-12-11"),
          opens("CONFERENCE", "2024-12-20"),
          opens("NOMINATION", "2025-01-02"),
        ],
        isFinished: false,
      },
    ],
    [
      "between phases: nothing open but the cycle is not finished",
      YEAR,
      "2024-12-17",
      {
        open: [],
        next: { key: "CONFERENCE", opensOn: "2024-12-20" },
        deadlines: [opens("CONFERENCE", "2024-12-20"), opens("NOMINATION", "2025-01-02")],
        isFinished: false,
      },
    ],
    [
      "a reopened phase is open and its deadline is reopenedUntil, not closesOn",
      YEAR.map((p) => (p.key === "REGISTRATION" ? { ...p, reopenedUntil: "2024-02-25" } : p)),
      "2024-02-22",
      {
        open: ["REGISTRATION", "PLEDGE_SIGNING"],
        next: { key: "EXECUTION", opensOn: "2024-03-16" },
        deadlines: [
          closes("REGISTRATION", "2024-02-25"),
          closes("PLEDGE_SIGNING", "2024-03-15"),
          opens("EXECUTION", "2024-03-16"),
          opens("MID_YEAR_REVIEW", "2024-06-15"),
          opens("SELF_SCORING", "2024-11-01"),
          opens("VERIFICATION", "2024-12-01"),
          opens("OBJECTION", "2024-12-11"),
          opens("CONFERENCE", "2024-12-20"),
          opens("NOMINATION", "2025-01-02"),
        ],
        isFinished: false,
      },
    ],
    [
      "on the last day of the last phase the cycle is not yet finished",
      YEAR,
      "2025-01-31",
      { open: ["NOMINATION"], next: null, deadlines: [closes("NOMINATION", "2025-01-31")], isFinished: false },
    ],
    ["the day after the last phase closes the cycle is finished", YEAR, "2025-02-01", { open: [], next: null, deadlines: [], isFinished: true }],
    ["an empty schedule is not finished (nothing was ever planned)", [], "2025-02-01", { open: [], next: null, deadlines: [], isFinished: false }],
  ])("%s", (_name, phases, today, expected) => {
    expect(cycleStatus(phases, today)).toEqual(expected);
  });

  test("the result does not depend on the order the phases are given in", () => {
    for (const today of ["2024-01-01", "2024-06-20", "2024-11-30", "2025-02-01"]) {
      expect(cycleStatus([...YEAR].reverse(), today)).toEqual(cycleStatus(YEAR, today));
    }
  });

  test("phases opening the same day are listed in workflow order", () => {
    const sameDay: PhaseWindow[] = [
      { key: "SELF_SCORING", opensOn: "2024-06-01", closesOn: "2024-06-30" },
      { key: "MID_YEAR_REVIEW", opensOn: "2024-06-01", closesOn: "2024-06-30" },
    ];
    expect(cycleStatus(sameDay, "2024-06-02").open).toEqual(["MID_YEAR_REVIEW", "SELF_SCORING"]);
    expect(cycleStatus(sameDay, "2024-05-01").next).toEqual({ key: "MID_YEAR_REVIEW", opensOn: "2024-06-01" });
  });

  test("it does not reorder the caller's array", () => {
    const input = [...YEAR].reverse();
    cycleStatus(input, "2024-06-20");
    expect(input.map((p) => p.key)).toEqual([...PHASE_KEYS].reverse());
  });
});

describe("isoToVn", () => {
  test.each([
    ["2024-02-06", "06/02/2024"],
    ["2024-12-31", "31/12/2024"],
    ["2025-01-01", "01/01/2025"],
    ["2024-02-29", "29/02/2024"],
    ["2024-02-06T17:00:00.000Z", "06/02/2024"],
  ])("%s → %s", (iso, expected) => {
    expect(isoToVn(iso)).toBe(expected);
  });
});

test("every phase has a Vietnamese label", () => {
  expect(Object.keys(PHASE_LABELS)).toEqual([...PHASE_KEYS]);
  expect(PHASE_LABELS.VERIFICATION).toBe("Thẩm định / chấm chéo");
});
