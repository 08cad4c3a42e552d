import { describe, expect, it } from "vitest";
import type { PhaseWindow } from "./cycle-phase";
import {
  checkProgressReport,
  checkProgressWindow,
  formatProgressValue,
  formatTarget,
  meetsTarget,
  summariseProgress,
  type CommitmentTarget,
  type ProgressEntry,
  type TargetKind,
} from "./progress";
import type { TargetComparator } from "./target-comparator";

describe("meetsTarget", () => {
  it.each<[string, TargetKind, number | null, number | null, TargetComparator, boolean | null]>([
    ["≥ 90%: 92 is met", "PERCENT", 90, 92, "AT_LEAST", true],
    ["≥ 90%: reaching it exactly is met", "PERCENT", 90, 90, "AT_LEAST", true],
    ["≥ 90%: just below is not met", "PERCENT", 90, 89.99, "AT_LEAST", false],
    ["≥ 12: 15 is met", "NUMBER", 12, 15, "AT_LEAST", true],
    ["≥ 12: 3 is not met", "NUMBER", 12, 3, "AT_LEAST", false],
    ["≥ 0: 0 is met", "NUMBER", 0, 0, "AT_LEAST", true],
    ["≤ 2: 1 is met", "NUMBER", 2, 1, "AT_MOST", true],
    ["≤ 2: 2 is met", "NUMBER", 2, 2, "AT_MOST", true],
    ["≤ 2: 3 is not met", "NUMBER", 2, 3, "AT_MOST", false],
    ["≤ 5%: 5,01 is not met", "PERCENT", 5, 5.01, "AT_MOST", false],
    ["exactly 12: 12 is met", "NUMBER", 12, 12, "EXACTLY", true],
    ["exactly 12: 13 is not met (more is not “exactly”)", "NUMBER", 12, 13, "EXACTLY", false],
    ["exactly 12: 11 is not met", "NUMBER", 12, 11, "EXACTLY", false],
    ["exactly 0,3: a value off by float noise (0,1 + 0,2) is met", "NUMBER", 0.3, 0.1 + 0.2, "EXACTLY", true],
    ["no value reported: unknown", "PERCENT", 90, null, "AT_LEAST", null],
    ["a measurable kind without a target value: unknown", "NUMBER", null, 5, "AT_MOST", null],
    ["YES_NO without a target means yes: 1 is met", "YES_NO", null, 1, "EXACTLY", true],
    ["YES_NO without a target means yes: 0 is not met", "YES_NO", null, 0, "EXACTLY", false],
    ["YES_NO with target 1 and value 1 is met", "YES_NO", 1, 1, "EXACTLY", true],
    ["a TEXT commitment has nothing to compare", "TEXT", null, 5, "EXACTLY", null],
  ])("%s", (_name, kind, target, value, comparator, expected) => {
    expect(meetsTarget(kind, target, value, comparator)).toBe(expected);
  });
});

describe("summariseProgress", () => {
  const commitments: CommitmentTarget[] = [
    { id: "c1", targetKind: "PERCENT", targetValue: 90, targetComparator: "AT_LEAST" },
    { id: "c2", targetKind: "YES_NO", targetValue: null, targetComparator: "EXACTLY" },
    { id: "c3", targetKind: "TEXT", targetValue: null, targetComparator: "EXACTLY" },
    { id: "c4", targetKind: "NUMBER", targetValue: 12, targetComparator: "EXACTLY" },
  ];
  const entries: ProgressEntry[] = [
    { agencyId: "a", commitmentId: "c1", status: "ACHIEVED", value: 92 },
    { agencyId: "a", commitmentId: "c2", status: "ON_TRACK", value: null },
    { agencyId: "a", commitmentId: "c3", status: "AT_RISK", value: null },
    { agencyId: "a", commitmentId: "c4", status: "ACHIEVED", value: 12 },
    { agencyId: "b", commitmentId: "c1", status: "ON_TRACK", value: 85 },
    // Progress of an agency or commitment outside the matrix is ignored.
    { agencyId: "z", commitmentId: "c1", status: "ACHIEVED", value: 99 },
    { agencyId: "b", commitmentId: "old", status: "ACHIEVED", value: 99 },
  ];
  const summary = summariseProgress(commitments, ["a", "b", "c"], entries);

  it("gives one row per agency, in the order given, one cell per commitment", () => {
    expect(summary.rows.map((r) => [r.agencyId, r.cells.length])).toEqual([
      ["a", 4],
      ["b", 4],
      ["c", 4],
    ]);
  });

  it("counts missing progress as NOT_STARTED, and marks it unreported", () => {
    expect(summary.rows[2]!.cells.every((c) => c.status === "NOT_STARTED" && !c.isReported && c.value === null)).toBe(true);
    expect(summary.rows[1]!.cells.map((c) => c.status)).toEqual(["ON_TRACK", "NOT_STARTED", "NOT_STARTED", "NOT_STARTED"]);
  });

  it.each([
    ["a", { NOT_STARTED: 0, ON_TRACK: 1, AT_RISK: 1, ACHIEVED: 2 }, 0.5, 0.25],
    ["b", { NOT_STARTED: 3, ON_TRACK: 1, AT_RISK: 0, ACHIEVED: 0 }, 0, 0.25],
    ["c", { NOT_STARTED: 4, ON_TRACK: 0, AT_RISK: 0, ACHIEVED: 0 }, 0, 0],
  ])("agency %s: counts %o, achieved share %d, on-track share %d", (agencyId, counts, achieved, onTrack) => {
    const row = summary.rows.find((r) => r.agencyId === agencyId)!;
    expect(row.counts).toEqual(counts);
    expect(row.achievedShare).toBe(achieved);
    expect(row.onTrackShare).toBe(onTrack);
  });

  it("counts each commitment's statuses over every agency", () => {
    expect(summary.byCommitment).toEqual([
      { NOT_STARTED: 1, ON_TRACK: 1, AT_RISK: 0, ACHIEVED: 1 },
      { NOT_STARTED: 2, ON_TRACK: 1, AT_RISK: 0, ACHIEVED: 0 },
      { NOT_STARTED: 2, ON_TRACK: 0, AT_RISK: 1, ACHIEVED: 0 },
      { NOT_STARTED: 2, ON_TRACK: 0, AT_RISK: 0, ACHIEVED: 1 },
    ]);
  });

  it("tells whether each reported value meets its target", () => {
    expect(summary.rows[0]!.cells.map((c) => c.meetsTarget)).toEqual([true, null, null, true]);
    expect(summary.rows[1]!.cells[0]!.meetsTarget).toBe(false);
  });

  it("a pledge without commitments gives empty rows and zero shares", () => {
    const empty = summariseProgress([], ["a"], []);
    expect(empty.rows).toEqual([
      { agencyId: "a", cells: [], counts: { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, ACHIEVED: 0 }, achievedShare: 0, onTrackShare: 0 },
    ]);
    expect(empty.byCommitment).toEqual([]);
  });
});

describe("checkProgressReport", () => {
  const percent90: CommitmentTarget = { id: "c", targetKind: "PERCENT", targetValue: 90, targetComparator: "AT_LEAST" };
  const yesNo: CommitmentTarget = { id: "c", targetKind: "YES_NO", targetValue: null, targetComparator: "EXACTLY" };
  const text: CommitmentTarget = { id: "c", targetKind: "TEXT", targetValue: null, targetComparator: "EXACTLY" };
  const number: CommitmentTarget = { id: "c", targetKind: "NUMBER", targetValue: 12, targetComparator: "AT_LEAST" };
  const atMost2: CommitmentTarget = { id: "c", targetKind: "NUMBER", targetValue: 2, targetComparator: "AT_MOST" };
  const exactly12: CommitmentTarget = { id: "c", targetKind: "NUMBER", targetValue: 12, targetComparator: "EXACTLY" };

  it.each<[string, CommitmentTarget, ProgressEntry["status"], number | null, Record<string, string[]> | null]>([
    ["achieved with a value over the target is fine", percent90, "ACHIEVED", 92, null],
    ["on track below the target is fine", percent90, "ON_TRACK", 60, null],
    ["not started without a value is fine", percent90, "NOT_STARTED", null, null],
    ["a share above 100% is refused", percent90, "ON_TRACK", 100.5, { value: ["Tỷ lệ phải từ 0 đến 100%."] }],
    ["exactly 100% is fine", percent90, "ACHIEVED", 100, null],
    [
      "achieved below the target is refused on the status",
      percent90,
      "ACHIEVED",
      89,
      { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] },
    ],
    ["achieved without a value is refused on the value", number, "ACHIEVED", null, { value: ["Vui lòng nhập giá trị đạt được khi chọn trạng thái “Đã đạt”."] }],
    ["a number above 100 is fine for NUMBER", number, "ACHIEVED", 150, null],
    ["≤ 2: achieved with 1 is fine", atMost2, "ACHIEVED", 1, null],
    ["≤ 2: achieved with 3 is refused on the status", atMost2, "ACHIEVED", 3, { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] }],
    ["exactly 12: achieved with 12 is fine", exactly12, "ACHIEVED", 12, null],
    ["exactly 12: achieved with 15 is refused", exactly12, "ACHIEVED", 15, { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] }],
    ["yes/no takes 1", yesNo, "ACHIEVED", 1, null],
    ["yes/no: achieved with “no” is refused", yesNo, "ACHIEVED", 0, { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] }],
    ["yes/no refuses anything but 0 or 1", yesNo, "ON_TRACK", 2, { value: ["Vui lòng chọn “Có” hoặc “Không”."] }],
    ["a TEXT commitment takes no value", text, "ON_TRACK", 5, { value: ["Cam kết này không có chỉ tiêu định lượng: không nhập giá trị đạt được."] }],
    ["a TEXT commitment may be achieved without a value", text, "ACHIEVED", null, null],
  ])("%s", (_name, target, status, value, expected) => {
    expect(checkProgressReport(target, { status, value })).toEqual(expected);
  });
});

describe("checkProgressWindow", () => {
  const phases: PhaseWindow[] = [
    { key: "EXECUTION", opensOn: "2026-04-16", closesOn: "2026-10-31" },
    { key: "MID_YEAR_REVIEW", opensOn: "2026-07-01", closesOn: "2026-07-31", reopenedUntil: "2026-11-10" },
  ];

  it.each([
    ["during execution only", "2026-05-01"],
    ["during both", "2026-07-15"],
    ["on execution's last day", "2026-10-31"],
    ["while the review is reopened after execution closed", "2026-11-05"],
  ])("is open %s", (_name, today) => {
    expect(checkProgressWindow(phases, today)).toEqual({ open: true });
  });

  it("before execution opens, gives both phases' reasons", () => {
    expect(checkProgressWindow(phases, "2026-04-15")).toEqual({
      open: false,
      reason:
        "Chỉ cập nhật được tiến độ khi giai đoạn “Tổ chức thực hiện” hoặc “Sơ kết 6 tháng” đang mở. " +
        "Giai đoạn “Tổ chức thực hiện” chưa mở: bắt đầu từ ngày 16/04/2026. Giai đoạn “Sơ kết 6 tháng” chưa mở: bắt đầu từ ngày 01/07/2026.",
    });
  });

  it("after both have ended, says when each ended", () => {
    const check = checkProgressWindow(phases, "2026-11-11");
    expect(check.open).toBe(false);
    expect(!check.open && check.reason).toContain("“Tổ chức thực hiện” đã kết thúc ngày 31/10/2026");
    expect(!check.open && check.reason).toContain("“Sơ kết 6 tháng” đã kết thúc ngày 10/11/2026");
  });

  it("without a calendar, says the phases are not scheduled", () => {
    const check = checkProgressWindow([], "2026-07-15");
    expect(!check.open && check.reason).toContain("Chưa đặt lịch cho giai đoạn “Tổ chức thực hiện”.");
  });
});

describe("formatProgressValue / formatTarget", () => {
  it.each<[TargetKind, number | null, string]>([
    ["PERCENT", 92.5, "92,5%"],
    ["NUMBER", 1500, "1.500"],
    ["YES_NO", 1, "Có"],
    ["YES_NO", 0, "Không"],
    ["PERCENT", null, "—"],
    ["TEXT", 3, "—"],
  ])("%s %j reads %j", (kind, value, text) => {
    expect(formatProgressValue(kind, value)).toBe(text);
  });

  it.each<[TargetKind, number | null, string | null, TargetComparator, string | null]>([
    ["PERCENT", 90, "% cán bộ, công chức đạt Lao động tiên tiến", "AT_LEAST", "≥ 90% cán bộ, công chức đạt Lao động tiên tiến"],
    ["PERCENT", 90, "cán bộ đạt LĐTT", "AT_LEAST", "≥ 90% cán bộ đạt LĐTT"],
    ["PERCENT", 92.5, null, "AT_LEAST", "≥ 92,5%"],
    ["PERCENT", 100, null, "EXACTLY", "100%"],
    ["PERCENT", 5, "% hồ sơ trễ hạn", "AT_MOST", "≤ 5% hồ sơ trễ hạn"],
    ["NUMBER", 12, "tin, bài", "AT_LEAST", "≥ 12 tin, bài"],
    ["NUMBER", 1500, "lượt", "AT_MOST", "≤ 1.500 lượt"],
    ["NUMBER", 12, "tin, bài", "EXACTLY", "12 tin, bài"],
    ["NUMBER", 12, null, "AT_LEAST", "≥ 12"],
    ["NUMBER", null, "chuyên đề", "AT_LEAST", "chuyên đề"],
    ["YES_NO", null, null, "EXACTLY", "Có"],
    ["YES_NO", null, "tổ chức hội thao", "EXACTLY", "Có"],
    ["TEXT", null, "không dùng", "EXACTLY", null],
  ])("%s target %j %j %s reads %j", (kind, target, unit, comparator, text) => {
    expect(formatTarget(kind, target, unit, comparator)).toBe(text);
  });
});
