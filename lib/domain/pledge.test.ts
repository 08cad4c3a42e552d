import { describe, expect, it } from "vitest";
import { checkDraftingOpen, PLEDGE_STATUSES, requiredSigners, targetText, transition, unsignedCount, type PledgeEvent, type PledgeStatus } from "./pledge";
import { REOPEN_HINT } from "./cycle-phase";

const edit: PledgeEvent = { type: "EDIT" };
const open = (commitmentCount = 3, memberCount = 9): PledgeEvent => ({ type: "OPEN_SIGNING", commitmentCount, memberCount });
const back = (signatureCount = 0): PledgeEvent => ({ type: "BACK_TO_DRAFT", signatureCount });
const sign = (unsignedAfter: number): PledgeEvent => ({ type: "SIGN", unsignedAfter });
const meeting: PledgeEvent = { type: "RECORD_MEETING" };
const newVersion: PledgeEvent = { type: "NEW_VERSION" };

// Every status × every event: the next status, or a refusal whose reason contains the text.
const TABLE: [PledgeStatus, PledgeEvent, PledgeStatus | { refused: string }][] = [
  ["DRAFT", edit, "DRAFT"],
  ["SIGNING", edit, { refused: "đang mở ký kết" }],
  ["LOCKED", edit, { refused: "tạo phiên bản mới" }],
  ["SUPERSEDED", edit, { refused: "đã được thay thế" }],

  ["DRAFT", open(1), "SIGNING"],
  ["DRAFT", open(0), { refused: "ít nhất một nội dung cam kết" }],
  ["DRAFT", open(2, 0), { refused: "chưa có cơ quan thành viên" }],
  ["SIGNING", open(), { refused: "đã được mở ký kết" }],
  ["LOCKED", open(), { refused: "đã khóa" }],
  ["SUPERSEDED", open(), { refused: "đã được thay thế" }],

  ["SIGNING", back(0), "DRAFT"],
  ["SIGNING", back(1), { refused: "Đã có 1 cơ quan ký" }],
  ["DRAFT", back(0), { refused: "đang là dự thảo" }],
  ["LOCKED", back(0), { refused: "đã khóa" }],
  ["SUPERSEDED", back(0), { refused: "đã được thay thế" }],

  ["SIGNING", sign(2), "SIGNING"],
  ["SIGNING", sign(1), "SIGNING"],
  ["SIGNING", sign(0), "LOCKED"],
  ["DRAFT", sign(0), { refused: "mở ký kết trước" }],
  ["LOCKED", sign(0), { refused: "đã khóa" }],
  ["SUPERSEDED", sign(0), { refused: "đã được thay thế" }],

  ["DRAFT", meeting, "DRAFT"],
  ["SIGNING", meeting, "SIGNING"],
  ["LOCKED", meeting, { refused: "đã khóa" }],
  ["SUPERSEDED", meeting, { refused: "đã được thay thế" }],

  ["LOCKED", newVersion, "SUPERSEDED"],
  ["DRAFT", newVersion, { refused: "Chỉ tạo phiên bản mới từ giao ước đã khóa" }],
  ["SIGNING", newVersion, { refused: "Chỉ tạo phiên bản mới từ giao ước đã khóa" }],
  ["SUPERSEDED", newVersion, { refused: "đã được thay thế" }],
];

describe("pledge transition", () => {
  it.each(TABLE)("%s + %o → %o", (status, event, expected) => {
    const result = transition(status, event);
    if (typeof expected === "string") expect(result).toEqual({ ok: true, status: expected });
    else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toContain(expected.refused);
    }
  });

  it("the table covers every status with every kind of event", () => {
    const kinds = ["EDIT", "OPEN_SIGNING", "BACK_TO_DRAFT", "SIGN", "RECORD_MEETING", "NEW_VERSION"];
    for (const s of PLEDGE_STATUSES) {
      for (const k of kinds)
        expect(
          TABLE.some(([status, e]) => status === s && e.type === k),
          `${s} × ${k}`,
        ).toBe(true);
    }
  });

  it("only a locked version may be superseded, and nothing leaves SUPERSEDED", () => {
    for (const [status, event] of TABLE) {
      const r = transition(status, event);
      if (r.ok && r.status === "SUPERSEDED") expect(status).toBe("LOCKED");
      if (status === "SUPERSEDED") expect(r.ok).toBe(false);
    }
  });
});

describe("requiredSigners", () => {
  const whole = (agencyId: string) => ({ agencyId, joinedOn: null, leftOn: null });
  const cases: [string, Parameters<typeof requiredSigners>[0], string, string[]][] = [
    ["every whole-year member", [whole("a"), whole("b")], "2025-03-10", ["a", "b"]],
    [
      "not a predecessor that left the day before a merger",
      [
        { agencyId: "btg", joinedOn: null, leftOn: "2025-02-28" },
        { agencyId: "btgdv", joinedOn: "2025-03-01", leftOn: null },
      ],
      "2025-03-10",
      ["btgdv"],
    ],
    ["a member on its last day still counts", [{ agencyId: "a", joinedOn: null, leftOn: "2025-03-10" }], "2025-03-10", ["a"]],
    ["not a unit joining later in the year", [whole("a"), { agencyId: "late", joinedOn: "2025-07-01", leftOn: null }], "2025-03-10", ["a"]],
    ["a day after the year is read as its last day", [{ agencyId: "a", joinedOn: null, leftOn: "2025-06-30" }, whole("b")], "2026-11-22", ["b"]],
    ["a day before the year is read as its first day", [{ agencyId: "late", joinedOn: "2025-02-01", leftOn: null }, whole("b")], "2024-12-20", ["b"]],
    ["duplicates once", [whole("a"), whole("a")], "2025-05-01", ["a"]],
    ["nobody when there are no members", [], "2025-05-01", []],
  ];
  it.each(cases)("%s", (_name, members, today, expected) => {
    expect(requiredSigners(members, 2025, today)).toEqual(expected);
  });
});

describe("unsignedCount", () => {
  it.each([
    [["a", "b", "c"], [], 3],
    [["a", "b", "c"], ["a", "c"], 1],
    [["a", "b"], ["a", "b"], 0],
    [["a"], ["x", "y"], 1], // a signature of a non-required agency does not count
    [[], [], 0],
  ])("required %o, signed %o → %i left", (required, signed, left) => {
    expect(unsignedCount(required, signed)).toBe(left);
  });
});

describe("targetText", () => {
  it.each([
    ["TEXT", 5, "tin", "EXACTLY", null],
    ["NUMBER", 12, "tin bài", "EXACTLY", "12 tin bài"],
    ["NUMBER", 12, "tin bài", "AT_LEAST", "≥ 12 tin bài"],
    ["NUMBER", 2, "vụ việc", "AT_MOST", "≤ 2 vụ việc"],
    ["NUMBER", 1500.5, null, "EXACTLY", "1.500,5"],
    ["NUMBER", 1500.5, null, "AT_LEAST", "≥ 1.500,5"],
    ["NUMBER", null, "buổi", "AT_LEAST", "buổi"],
    ["PERCENT", 90, "cán bộ đạt Lao động tiên tiến", "EXACTLY", "90% cán bộ đạt Lao động tiên tiến"],
    ["PERCENT", 90, "% cán bộ đạt Lao động tiên tiến", "AT_LEAST", "≥ 90% cán bộ đạt Lao động tiên tiến"],
    ["PERCENT", 92.5, null, "AT_LEAST", "≥ 92,5%"],
    ["PERCENT", 100, "%", "EXACTLY", "100%"],
    ["PERCENT", 95, "% đảng viên", "EXACTLY", "95% đảng viên"],
    ["PERCENT", 3, "% hồ sơ trễ hạn", "AT_MOST", "≤ 3% hồ sơ trễ hạn"],
    ["YES_NO", 1, null, "EXACTLY", "Có"],
    ["YES_NO", null, "tổ chức hội thao", "EXACTLY", "Có (tổ chức hội thao)"],
    ["YES_NO", 0, null, "EXACTLY", "Không"],
  ] as const)("%s %s %s %s → %s", (kind, value, unit, comparator, expected) => {
    expect(targetText(kind, value, unit, comparator)).toBe(expected);
  });
});

describe("checkDraftingOpen", () => {
  const reg = { key: "REGISTRATION" as const, opensOn: "2025-01-05", closesOn: "2025-03-25" };
  const sig = { key: "PLEDGE_SIGNING" as const, opensOn: "2025-03-01", closesOn: "2025-04-15" };
  it.each([
    ["registration only", [reg, sig], "2025-02-01", true],
    ["both open", [reg, sig], "2025-03-10", true],
    ["signing only", [reg, sig], "2025-04-15", true],
    ["reopened signing", [reg, { ...sig, reopenedUntil: "2025-05-10" }], "2025-05-10", true],
    ["before both", [reg, sig], "2025-01-04", false],
    ["after both", [reg, sig], "2025-04-16", false],
    ["no calendar", [], "2025-02-01", false],
  ] as const)("%s → open %s", (_name, phases, today, open) => {
    expect(checkDraftingOpen(phases, today).open).toBe(open);
  });

  it("names both phases and the signing phase's end when closed", () => {
    const r = checkDraftingOpen([reg, sig], "2025-04-16");
    expect(r).toEqual({
      open: false,
      reason:
        "Chỉ soạn giao ước khi giai đoạn “Đăng ký thi đua” hoặc “Ký kết giao ước” đang mở. Giai đoạn “Ký kết giao ước” đã kết thúc ngày 15/04/2025. " +
        REOPEN_HINT,
    });
  });
});
