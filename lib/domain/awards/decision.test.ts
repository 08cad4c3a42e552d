import { describe, expect, test } from "vitest";
import {
  awardHistory,
  checkCancel,
  checkDecisionItem,
  checkNotDecidedTwice,
  type DecisionItemInput,
  heldCodes,
  type HistoryDecision,
  type HistoryItem,
} from "./decision";

describe("checkDecisionItem", () => {
  test.each<[string, DecisionItemInput, string | null]>([
    ["approved", { awardFormId: "f1", outcome: "APPROVED" }, null],
    ["approved with a changed-to form is contradictory", { awardFormId: "f1", outcome: "APPROVED", changedToFormId: "f2" }, "changedToFormId"],
    ["changed to another form", { awardFormId: "f1", outcome: "CHANGED", changedToFormId: "f2" }, null],
    ["changed without saying to what", { awardFormId: "f1", outcome: "CHANGED" }, "changedToFormId"],
    ["changed with an empty target", { awardFormId: "f1", outcome: "CHANGED", changedToFormId: "" }, "changedToFormId"],
    ["changed to the same form", { awardFormId: "f1", outcome: "CHANGED", changedToFormId: "f1" }, "changedToFormId"],
    ["rejected with a reason", { awardFormId: "f1", outcome: "REJECTED", reason: "Hồ sơ chưa đủ thành phần." }, null],
    ["rejected without a reason", { awardFormId: "f1", outcome: "REJECTED" }, "reason"],
    ["rejected with 9 characters", { awardFormId: "f1", outcome: "REJECTED", reason: "123456789" }, "reason"],
    ["rejected with exactly 10 characters", { awardFormId: "f1", outcome: "REJECTED", reason: "1234567890" }, null],
    ["rejected with only spaces", { awardFormId: "f1", outcome: "REJECTED", reason: "             " }, "reason"],
    ["rejected and changed at once", { awardFormId: "f1", outcome: "REJECTED", reason: "Không đủ tiêu chuẩn.", changedToFormId: "f2" }, "changedToFormId"],
    ["a SENT nomination may be answered", { awardFormId: "f1", outcome: "APPROVED", nominationId: "n1", nominationStatus: "SENT" }, null],
    ["a nomination still PROPOSED may not", { awardFormId: "f1", outcome: "APPROVED", nominationId: "n1", nominationStatus: "PROPOSED" }, "nominationId"],
    ["a REJECTED nomination may not", { awardFormId: "f1", outcome: "APPROVED", nominationId: "n1", nominationStatus: "REJECTED" }, "nominationId"],
    ["an item without a nomination (decided directly) is fine", { awardFormId: "f1", outcome: "APPROVED", nominationId: null }, null],
  ])("%s", (_n, item, field) => {
    const r = checkDecisionItem(item);
    if (field === null) expect(r).toEqual({ ok: true });
    else {
      expect(r).toMatchObject({ ok: false, field });
      if (!r.ok) expect(r.reason).toMatch(/[À-ỹ]/);
    }
  });
});

describe("checkNotDecidedTwice", () => {
  test.each<[string, { decisionNumber: string; cancelled: boolean }[], string | null]>([
    ["never decided", [], null],
    ["decided in a cancelled decision only", [{ decisionNumber: "12/QĐ-UBND", cancelled: true }], null],
    ["decided in a standing decision", [{ decisionNumber: "12/QĐ-UBND", cancelled: false }], "12/QĐ-UBND"],
    [
      "one cancelled, one standing: names the standing one",
      [
        { decisionNumber: "12/QĐ-UBND", cancelled: true },
        { decisionNumber: "40/QĐ-UBND", cancelled: false },
      ],
      "40/QĐ-UBND",
    ],
  ])("%s", (_n, existing, standing) => {
    const r = checkNotDecidedTwice(existing);
    expect(r.ok).toBe(standing === null);
    if (!r.ok) expect(r.reason).toContain(`quyết định số ${standing}`);
  });
});

describe("checkCancel", () => {
  test.each<[string, boolean, string, string | null]>([
    ["with a reason", false, "Phát hiện kê khai thành tích không đúng sự thật.", null],
    ["without a reason", false, "", "reason"],
    ["with a short reason", false, "sai", "reason"],
    ["twice", true, "Phát hiện kê khai thành tích không đúng sự thật.", "already"],
  ])("%s", (_n, cancelled, reason, problem) => {
    const r = checkCancel({ cancelled, number: "231/QĐ-TTg" }, reason);
    if (problem === null) expect(r.ok).toBe(true);
    else if (problem === "reason") expect(r).toMatchObject({ ok: false, field: "reason" });
    else expect(r).toEqual({ ok: false, reason: "Quyết định số 231/QĐ-TTg đã bị hủy trước đó." });
  });
});

describe("awardHistory", () => {
  const FORMS = [
    { id: "f23-co", code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh" },
    { id: "f23-bk", code: "BK_TINH", name: "Bằng khen của Chủ tịch UBND tỉnh" },
    { id: "f24-co", code: "CO_TINH", name: "Cờ thi đua của UBND tỉnh" },
    { id: "f24-bk", code: "BK_TINH", name: "Bằng khen của Chủ tịch UBND tỉnh" },
    { id: "f24-cp", code: "CO_CP", name: "Cờ thi đua của Chính phủ" },
    { id: "f24-xs", code: "TTLDXS", name: "Tập thể lao động xuất sắc" },
  ];
  // Results of year N decided in N+1 (docs/domain/edge-cases.md#case-25).
  const DECISIONS: HistoryDecision[] = [
    { id: "d23", number: "15/QĐ-UBND", issuedOn: "2024-02-20", year: 2023, cancelled: false },
    { id: "d24", number: "30/QĐ-UBND", issuedOn: "2025-03-01", year: 2024, cancelled: false },
    { id: "d24tt", number: "231/QĐ-TTg", issuedOn: "2025-03-14", year: 2024, cancelled: false },
    { id: "d24x", number: "99/QĐ-UBND", issuedOn: "2025-04-01", year: 2024, cancelled: true },
  ];
  const item = (decisionId: string, agencyId: string, awardFormId: string, patch: Partial<HistoryItem> = {}): HistoryItem => ({
    decisionId,
    agencyId,
    awardFormId,
    outcome: "APPROVED",
    changedToFormId: null,
    collectiveName: null,
    personName: null,
    ...patch,
  });
  const ITEMS: HistoryItem[] = [
    item("d23", "truong", "f23-co"),
    item("d24", "truong", "f24-co"),
    item("d24tt", "truong", "f24-cp", { outcome: "REJECTED" }),
    item("d24", "tochuc", "f24-co", { outcome: "CHANGED", changedToFormId: "f24-bk" }),
    item("d24", "tochuc", "f24-bk", { personName: "Nguyễn Văn An" }),
    item("d24", "tochuc", "f24-bk", { collectiveName: "Đoàn Thanh niên cơ quan" }),
    item("d24x", "noichinh", "f24-bk"),
    item("d24", "vanphong", "f24-xs"),
    item("missing-decision", "vanphong", "f24-bk"),
  ];
  const h = awardHistory(ITEMS, DECISIONS, FORMS);
  const codes = (agencyId: string) => (h[agencyId] ?? []).map((y) => [y.year, y.awards.map((a) => a.code)]);

  test.each<[string, string, unknown[]]>([
    [
      "newest year first; a rejection gives nothing",
      "truong",
      [
        [2024, ["CO_TINH"]],
        [2023, ["CO_TINH"]],
      ],
    ],
    ["a changed item counts as the form it was changed to; agency before collective before person", "tochuc", [[2024, ["BK_TINH", "BK_TINH", "BK_TINH"]]]],
    ["a cancelled decision does not count", "noichinh", []],
    ["an item of an unknown decision is ignored", "vanphong", [[2024, ["TTLDXS"]]]],
  ])("%s", (_n, agencyId, expected) => {
    expect(codes(agencyId)).toEqual(expected);
  });

  test("a cancelled-only agency has no entry at all", () => {
    expect(h.noichinh).toBeUndefined();
  });

  test("the year is the year of achievement, not of the decision", () => {
    expect(h.truong[1]).toMatchObject({ year: 2023, awards: [{ decisionNumber: "15/QĐ-UBND", issuedOn: "2024-02-20" }] });
  });

  test("a changed award remembers what was proposed; recipients are told apart", () => {
    expect(h.tochuc[0].awards).toEqual([
      {
        formId: "f24-bk",
        code: "BK_TINH",
        name: "Bằng khen của Chủ tịch UBND tỉnh",
        changedFrom: "f24-co",
        recipient: { kind: "AGENCY" },
        decisionId: "d24",
        decisionNumber: "30/QĐ-UBND",
        issuedOn: "2025-03-01",
      },
      {
        formId: "f24-bk",
        code: "BK_TINH",
        name: "Bằng khen của Chủ tịch UBND tỉnh",
        changedFrom: null,
        recipient: { kind: "COLLECTIVE", name: "Đoàn Thanh niên cơ quan" },
        decisionId: "d24",
        decisionNumber: "30/QĐ-UBND",
        issuedOn: "2025-03-01",
      },
      {
        formId: "f24-bk",
        code: "BK_TINH",
        name: "Bằng khen của Chủ tịch UBND tỉnh",
        changedFrom: null,
        recipient: { kind: "PERSON", name: "Nguyễn Văn An" },
        decisionId: "d24",
        decisionNumber: "30/QĐ-UBND",
        issuedOn: "2025-03-01",
      },
    ]);
  });

  test("cancelling a decision removes its awards (the same items, the decision flipped)", () => {
    const cancelled = DECISIONS.map((d) => (d.id === "d24" ? { ...d, cancelled: true } : d));
    const after = awardHistory(ITEMS, cancelled, FORMS);
    expect(after.tochuc).toBeUndefined();
    expect(after.truong.map((y) => y.year)).toEqual([2023]);
  });

  test("within a year, awards are ordered by decision date", () => {
    const items = [item("d24tt", "a", "f24-cp"), item("d24", "a", "f24-xs")];
    expect(awardHistory(items, DECISIONS, FORMS).a[0].awards.map((x) => x.code)).toEqual(["TTLDXS", "CO_CP"]);
  });

  test("without forms, ids are kept and codes are null", () => {
    const r = awardHistory([item("d23", "a", "f23-co")], DECISIONS);
    expect(r.a[0].awards[0]).toMatchObject({ formId: "f23-co", code: null, name: null });
  });

  describe("heldCodes (for the prerequisite gate)", () => {
    test.each<[string, string, number, boolean, string[]]>([
      ["this year only", "truong", 2024, false, ["CO_TINH"]],
      ["a year with nothing", "truong", 2022, false, []],
      ["up to a year, history included", "vanphong", 2025, true, ["TTLDXS"]],
      ["later years are not counted", "vanphong", 2023, true, []],
      ["the agency's own awards only, not its people's or sub-collectives'", "tochuc", 2024, false, ["BK_TINH"]],
    ])("%s", (_n, agencyId, year, anyYear, expected) => {
      expect(heldCodes(h[agencyId] ?? [], year, anyYear)).toEqual(expected);
    });
  });
});
