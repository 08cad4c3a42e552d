import { describe, expect, test } from "vitest";
import { REOPEN_HINT, type PhaseWindow } from "./cycle-phase";
import {
  agencyDeadline,
  checkExtension,
  describeLateRule,
  judgeSubmission,
  lateLineLabel,
  latePoints,
  lateWarning,
  mergeLateRules,
  type LateOverride,
  type LateRule,
  type LateVerdict,
} from "./late-submission";

const phase: PhaseWindow = { key: "SELF_SCORING", opensOn: "2024-11-01", closesOn: "2024-11-30" };
const phases = [phase, { key: "REGISTRATION", opensOn: "2024-01-15", closesOn: "2024-02-15" } as PhaseWindow];
const REFUSE: LateRule = { mode: "REFUSE" };
const perDay: LateRule = { mode: "PENALTY", graceDays: 5, kind: "PER_DAY", points: 0.5, maxPoints: 2 };
const flat: LateRule = { mode: "PENALTY", graceDays: 3, kind: "FLAT", points: 1, maxPoints: null };
const none: LateOverride | null = null;
const extended: LateOverride = { extendedUntil: "2024-12-04", waived: false };
const waived: LateOverride = { extendedUntil: null, waived: true };

const late = (daysLate: number, points: number, deadline: string, graceUntil: string, isWaived = false): LateVerdict => ({
  kind: "LATE",
  daysLate,
  points,
  waived: isWaived,
  deadline,
  graceUntil,
});

describe("judgeSubmission", () => {
  test.each<[string, LateRule, LateOverride | null, string, LateVerdict]>([
    ["the phase's first day is on time", REFUSE, none, "2024-11-01", { kind: "ON_TIME" }],
    ["the phase's last day is on time (REFUSE)", REFUSE, none, "2024-11-30", { kind: "ON_TIME" }],
    ["the phase's last day is on time (PENALTY)", perDay, none, "2024-11-30", { kind: "ON_TIME" }],
    ["PER_DAY: one day late", perDay, none, "2024-12-01", late(1, 0.5, "2024-11-30", "2024-12-05")],
    ["PER_DAY: three days late", perDay, none, "2024-12-03", late(3, 1.5, "2024-11-30", "2024-12-05")],
    ["PER_DAY: capped at maxPoints", perDay, none, "2024-12-05", late(5, 2, "2024-11-30", "2024-12-05")],
    ["FLAT: the same deduction on the first day", flat, none, "2024-12-01", late(1, 1, "2024-11-30", "2024-12-03")],
    ["FLAT: the same deduction on the grace's last day", flat, none, "2024-12-03", late(3, 1, "2024-11-30", "2024-12-03")],
    ["inside the agency's extension: on time", REFUSE, extended, "2024-12-04", { kind: "ON_TIME" }],
    ["after the extension, counted from it", perDay, extended, "2024-12-06", late(2, 1, "2024-12-04", "2024-12-09")],
    ["a waiver keeps the days, drops the deduction", perDay, waived, "2024-12-02", late(2, 1, "2024-11-30", "2024-12-05", true)],
    [
      "an extension ending before the phase changes nothing",
      perDay,
      { extendedUntil: "2024-11-20", waived: false },
      "2024-12-01",
      late(1, 0.5, "2024-11-30", "2024-12-05"),
    ],
  ])("%s", (_name, rule, override, today, expected) => {
    expect(judgeSubmission({ step: "SELF_SCORING", phases, rule, override, today })).toEqual(expected);
  });

  test("REFUSE: the day after the phase is refused with the reason and the reopening hint", () => {
    expect(judgeSubmission({ step: "SELF_SCORING", phases, rule: REFUSE, override: none, today: "2024-12-01" })).toEqual({
      kind: "REFUSED",
      reason: `Giai đoạn “Tự chấm điểm” đã kết thúc ngày 30/11/2024. ${REOPEN_HINT}`,
    });
  });

  test("PENALTY: the day after the grace is refused, naming its end", () => {
    const verdict = judgeSubmission({ step: "SELF_SCORING", phases, rule: perDay, override: none, today: "2024-12-06" });
    expect(verdict).toEqual({
      kind: "REFUSED",
      reason: `Giai đoạn “Tự chấm điểm” đã kết thúc ngày 30/11/2024. Thời hạn nộp muộn (5 ngày) đã hết ngày 05/12/2024. ${REOPEN_HINT}`,
    });
  });

  test("an ended extension is named in the refusal", () => {
    const verdict = judgeSubmission({ step: "SELF_SCORING", phases, rule: REFUSE, override: extended, today: "2024-12-05" });
    expect(verdict.kind === "REFUSED" && verdict.reason).toMatch(/^Thời hạn gia hạn của cơ quan cho bước “Nộp bảng tự chấm điểm” đã hết ngày 04\/12\/2024\./);
  });

  test("before the phase opens it is refused whatever the rule", () => {
    const verdict = judgeSubmission({ step: "SELF_SCORING", phases, rule: perDay, override: extended, today: "2024-10-31" });
    expect(verdict).toEqual({ kind: "REFUSED", reason: "Giai đoạn “Tự chấm điểm” chưa mở: bắt đầu từ ngày 01/11/2024." });
  });

  test("without a calendar for the step it is refused", () => {
    const verdict = judgeSubmission({ step: "SELF_SCORING", phases: [], rule: perDay, override: none, today: "2024-12-01" });
    expect(verdict).toEqual({ kind: "REFUSED", reason: "Chưa đặt lịch cho giai đoạn “Tự chấm điểm”." });
  });

  test("a phase reopened for everyone is on time until its reopening ends, and late is counted from it", () => {
    const reopened = [{ ...phase, reopenedUntil: "2024-12-10" }];
    expect(judgeSubmission({ step: "SELF_SCORING", phases: reopened, rule: REFUSE, override: none, today: "2024-12-10" })).toEqual({ kind: "ON_TIME" });
    expect(judgeSubmission({ step: "SELF_SCORING", phases: reopened, rule: perDay, override: none, today: "2024-12-11" })).toEqual(
      late(1, 0.5, "2024-12-10", "2024-12-15"),
    );
  });

  test("registration follows the REGISTRATION phase, across a month end", () => {
    expect(judgeSubmission({ step: "REGISTRATION", phases, rule: flat, override: none, today: "2024-02-16" })).toEqual(late(1, 1, "2024-02-15", "2024-02-18"));
  });

  test("days are counted across a year end and a leap day", () => {
    const yearEnd = [{ key: "SELF_SCORING", opensOn: "2024-12-01", closesOn: "2024-12-31" } as PhaseWindow];
    expect(judgeSubmission({ step: "SELF_SCORING", phases: yearEnd, rule: perDay, override: none, today: "2025-01-02" })).toMatchObject({ daysLate: 2 });
    const leap = [{ key: "SELF_SCORING", opensOn: "2024-02-01", closesOn: "2024-02-27" } as PhaseWindow];
    expect(judgeSubmission({ step: "SELF_SCORING", phases: leap, rule: perDay, override: none, today: "2024-03-01" })).toMatchObject({ daysLate: 3 });
  });
});

describe("latePoints, agencyDeadline and the words", () => {
  test("PER_DAY without a cap grows, and rounds to 2 decimals", () => {
    const uncapped = { mode: "PENALTY", graceDays: 10, kind: "PER_DAY", points: 0.333, maxPoints: null } as const;
    expect(latePoints(uncapped, 3)).toBe(1);
    expect(latePoints(uncapped, 0)).toBe(0);
  });

  test("the deadline is the latest of the phase end, the reopening and the extension", () => {
    expect(agencyDeadline(phase, null)).toBe("2024-11-30");
    expect(agencyDeadline({ ...phase, reopenedUntil: "2024-11-20" }, null)).toBe("2024-11-30");
    expect(agencyDeadline({ ...phase, reopenedUntil: "2024-12-02" }, extended)).toBe("2024-12-04");
  });

  test("the line, the warning and the rule in words", () => {
    expect(lateLineLabel(3)).toBe("Trừ điểm nộp muộn (3 ngày)");
    expect(lateWarning("SELF_SCORING", late(3, 1.5, "2024-11-30", "2024-12-05") as Extract<LateVerdict, { kind: "LATE" }>)).toBe(
      "Nộp bảng tự chấm điểm muộn 3 ngày (hạn 30/11/2024; nhận nộp muộn đến hết ngày 05/12/2024). Cơ quan sẽ bị trừ 1,5 điểm vào tổng điểm.",
    );
    expect(lateWarning("REGISTRATION", late(1, 1, "2024-02-15", "2024-02-18", true) as Extract<LateVerdict, { kind: "LATE" }>)).toBe(
      "Nộp đăng ký thi đua muộn 1 ngày (hạn 15/02/2024; nhận nộp muộn đến hết ngày 18/02/2024). Trưởng khối đã miễn trừ điểm cho cơ quan.",
    );
    expect(describeLateRule(REFUSE)).toBe("Không nhận nộp muộn");
    expect(describeLateRule(perDay)).toBe("Nhận nộp muộn trong 5 ngày, trừ 0,5 điểm mỗi ngày, tối đa 2 điểm");
    expect(describeLateRule(flat)).toBe("Nhận nộp muộn trong 3 ngày, trừ 1 điểm");
  });
});

describe("checkExtension", () => {
  const base = { step: "SELF_SCORING" as const, phase, today: "2024-12-02", alreadyLate: false };
  test.each<[string, Partial<Parameters<typeof checkExtension>[0]>, string | null]>([
    ["after the phase and from today: allowed", { until: "2024-12-05" }, null],
    ["today itself: allowed", { until: "2024-12-02" }, null],
    ["the phase's last day changes nothing", { until: "2024-11-30" }, "Ngày gia hạn phải sau ngày kết thúc giai đoạn “Tự chấm điểm” (30/11/2024)."],
    ["a day already past", { until: "2024-12-01" }, "Ngày gia hạn phải từ hôm nay (02/12/2024) trở đi."],
    ["no calendar", { until: "2024-12-05", phase: undefined }, "Chưa đặt lịch cho giai đoạn “Tự chấm điểm”."],
    [
      "already submitted late",
      { until: "2024-12-05", alreadyLate: true },
      "Cơ quan đã nộp muộn bước “Nộp bảng tự chấm điểm”: không thể gia hạn nữa; Trưởng khối có thể miễn trừ điểm nộp muộn, kèm lý do.",
    ],
  ])("%s", (_name, change, expected) => {
    expect(checkExtension({ ...base, until: "2024-12-05", ...change })).toBe(expected);
  });
});

describe("mergeLateRules", () => {
  test("keeps every other key of Cycle.rules and unknown steps", () => {
    const stored = { bands: [1], votes: { quorumPct: 50 }, lateSubmission: { PLEDGE_SIGNING: { mode: "REFUSE" }, REGISTRATION: { mode: "REFUSE" } } };
    expect(mergeLateRules(stored, { REGISTRATION: perDay, SELF_SCORING: REFUSE })).toEqual({
      bands: [1],
      votes: { quorumPct: 50 },
      lateSubmission: { PLEDGE_SIGNING: { mode: "REFUSE" }, REGISTRATION: perDay, SELF_SCORING: REFUSE },
    });
    expect(mergeLateRules(null, { REGISTRATION: REFUSE, SELF_SCORING: flat })).toEqual({ lateSubmission: { REGISTRATION: REFUSE, SELF_SCORING: flat } });
  });
});
