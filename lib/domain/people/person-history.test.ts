import { describe, expect, test } from "vitest";
import { heldTitles, personHistory, type DecidedItem, type ImportedRecord, type PendingNomination } from "./person-history";

const CSTDCS = { code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" };
const BK = { code: "BK_TINH_CN", name: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)" };
const BK_TTG = { code: "BK_TTG_CN", name: "Bằng khen của Thủ tướng Chính phủ (cá nhân)" };
const imported: ImportedRecord[] = [
  { year: 2021, ...CSTDCS, decisionRef: "12/QĐ-BTC" },
  { year: 2022, ...CSTDCS, decisionRef: null },
];
const decided = (over: Partial<DecidedItem>): DecidedItem => ({
  year: 2023,
  outcome: "APPROVED",
  form: BK,
  changedTo: null,
  decisionNumber: "45/QĐ-UBND",
  cancelled: false,
  ...over,
});

describe("heldTitles", () => {
  test.each<[string, DecidedItem[], { code: string; year: number }[]]>([
    [
      "imported years and an approved decision",
      [decided({})],
      [
        { code: "CSTDCS", year: 2021 },
        { code: "CSTDCS", year: 2022 },
        { code: "BK_TINH_CN", year: 2023 },
      ],
    ],
    [
      "a cancelled decision gives nothing",
      [decided({ cancelled: true })],
      [
        { code: "CSTDCS", year: 2021 },
        { code: "CSTDCS", year: 2022 },
      ],
    ],
    [
      "a rejection gives nothing",
      [decided({ outcome: "REJECTED" })],
      [
        { code: "CSTDCS", year: 2021 },
        { code: "CSTDCS", year: 2022 },
      ],
    ],
    [
      "a CHANGED item counts as the form it was changed to",
      [decided({ outcome: "CHANGED", form: BK_TTG, changedTo: BK })],
      [
        { code: "CSTDCS", year: 2021 },
        { code: "CSTDCS", year: 2022 },
        { code: "BK_TINH_CN", year: 2023 },
      ],
    ],
    [
      "a title both imported and decided counts once",
      [decided({ year: 2022, form: CSTDCS })],
      [
        { code: "CSTDCS", year: 2021 },
        { code: "CSTDCS", year: 2022 },
      ],
    ],
  ])("%s", (_n, items, expected) => {
    expect(heldTitles(imported, items)).toEqual(expected);
  });
});

describe("personHistory", () => {
  test("newest year first, each entry with where it comes from; live nominations only", () => {
    const pending: PendingNomination[] = [
      { year: 2024, status: "PROPOSED", form: BK_TTG },
      { year: 2024, status: "DRAFT", form: BK },
      { year: 2024, status: "REJECTED", form: BK },
    ];
    expect(personHistory(imported, [decided({}), decided({ year: 2020, cancelled: true })], pending)).toEqual([
      { year: 2024, entries: [{ ...BK_TTG, source: "NOMINATION", reference: null }] },
      { year: 2023, entries: [{ ...BK, source: "DECISION", reference: "45/QĐ-UBND" }] },
      { year: 2022, entries: [{ ...CSTDCS, source: "IMPORT", reference: null }] },
      { year: 2021, entries: [{ ...CSTDCS, source: "IMPORT", reference: "12/QĐ-BTC" }] },
    ]);
  });

  test("nothing recorded → no years", () => {
    expect(personHistory([], [], [])).toEqual([]);
  });
});
