import { describe, expect, test } from "vitest";
import { awardTotals, type BlocForm } from "./award-totals";
import type { BlocYearFacts } from "./late-items";
import { filterRows, overviewRow, overviewTotals, type BlocYearInput } from "./overview";

const TODAY = "2026-06-15";

function facts(over: Partial<BlocYearFacts> = {}): BlocYearFacts {
  return {
    phases: [
      { key: "REGISTRATION", opensOn: "2026-01-01", closesOn: "2026-01-31" },
      { key: "SELF_SCORING", opensOn: "2026-06-01", closesOn: "2026-06-30" },
      { key: "CONFERENCE", opensOn: "2026-12-01", closesOn: "2026-12-15" },
    ],
    scoringMode: "VERIFICATION",
    members: [
      { agencyId: "a", joinedOn: null, leftOn: null },
      { agencyId: "b", joinedOn: null, leftOn: null },
    ],
    registrations: new Map([["a", "ACCEPTED"]]),
    pledge: { signed: true, latestSigners: null },
    sheets: new Map(),
    crossSubmitted: new Map(),
    openObjections: new Map(),
    conferenceRecorded: false,
    nominations: [],
    ...over,
  };
}

function bloc(code: string, name: string, f: BlocYearFacts | null): BlocYearInput {
  return {
    code,
    name,
    provinceName: null,
    agencyNames: new Map([
      ["a", "Ban Tổ chức"],
      ["b", "Văn phòng Đoàn"],
    ]),
    facts: f,
    publication: null,
  };
}

describe("overviewRow", () => {
  test("the open phase, the next deadline and the late agencies", () => {
    const row = overviewRow(bloc("K1", "Khối Đảng", facts()), TODAY);
    expect(row.open).toEqual(["SELF_SCORING"]);
    expect(row.nextDeadline).toEqual({ key: "SELF_SCORING", kind: "CLOSES", on: "2026-06-30" });
    expect(row.agencies.map((a) => [a.name, a.items.map((i) => i.kind)])).toEqual([["Văn phòng Đoàn", ["REGISTRATION_NOT_SUBMITTED"]]]);
    expect(row.lateCount).toBe(1);
    expect(row.byKind.REGISTRATION_NOT_SUBMITTED).toBe(1);
  });

  test("a bloc without the year: no phase, nothing late", () => {
    const row = overviewRow(bloc("K2", "Khối Nội chính", null), TODAY);
    expect(row).toMatchObject({ hasYear: false, open: [], nextDeadline: null, lateCount: 0 });
  });
});

describe("filterRows", () => {
  const rows = [
    overviewRow(bloc("K1", "Khối các cơ quan Đảng", facts()), TODAY),
    overviewRow(
      bloc(
        "K2",
        "Khối Nội chính",
        facts({
          registrations: new Map([
            ["a", "ACCEPTED"],
            ["b", "ACCEPTED"],
          ]),
          phases: [],
        }),
      ),
      TODAY,
    ),
  ];
  test.each([
    [{ phase: null, onlyLate: false, q: "" }, ["K1", "K2"]],
    [{ phase: "SELF_SCORING" as const, onlyLate: false, q: "" }, ["K1"]],
    [{ phase: "NONE" as const, onlyLate: false, q: "" }, ["K2"]],
    [{ phase: null, onlyLate: true, q: "" }, ["K1"]],
    [{ phase: null, onlyLate: false, q: "noi chinh" }, ["K2"]],
    [{ phase: null, onlyLate: false, q: "DANG" }, ["K1"]],
    [{ phase: null, onlyLate: false, q: "văn phòng" }, ["K1", "K2"]],
    [{ phase: null, onlyLate: true, q: "van phong" }, ["K1"]],
    [{ phase: null, onlyLate: false, q: "k2" }, ["K2"]],
  ])("%o keeps %o", (filter, codes) => {
    expect(filterRows(rows, filter).map((r) => r.code)).toEqual(codes);
  });

  test("totals count blocs, late blocs and items by kind", () => {
    expect(overviewTotals(rows)).toMatchObject({ blocs: 2, withYear: 2, late: 1, published: 0 });
    expect(overviewTotals(rows).byKind.REGISTRATION_NOT_SUBMITTED).toBe(1);
  });
});

describe("awardTotals", () => {
  const form = (code: string, quotaKind: BlocForm["quotaKind"], quotaValue: string | null, order = 0): BlocForm => ({
    code,
    name: code === "CO_TINH" ? "Cờ thi đua của UBND tỉnh" : code,
    order,
    quotaKind,
    quotaValue,
    quotaRounding: "FLOOR",
  });

  test("received and the sum of the blocs' quotas per form; a bloc past its quota is named", () => {
    const totals = awardTotals([
      {
        blocCode: "K1",
        blocName: "Khối 1",
        members: 10,
        forms: [form("CO_TINH", "COUNT", "1", 1), form("CO_CP", "NONE", null, 0)],
        sent: ["CO_TINH", "CO_TINH", "CO_CP"],
      },
      { blocCode: "K2", blocName: "Khối 2", members: 10, forms: [form("CO_TINH", "COUNT", "1", 1), form("CO_CP", "NONE", null, 0)], sent: ["CO_TINH"] },
    ]);
    expect(totals.map((t) => [t.code, t.received, t.cap])).toEqual([
      ["CO_CP", 1, null],
      ["CO_TINH", 3, 2],
    ]);
    expect(totals[1]!.blocsOver).toEqual([{ blocCode: "K1", blocName: "Khối 1", sent: 2, max: 1 }]);
  });

  test("a percentage quota uses each bloc's member count", () => {
    const totals = awardTotals([
      { blocCode: "K1", blocName: "Khối 1", members: 15, forms: [form("BK_TINH", "PERCENT_OF_MEMBERS", "20.00")], sent: [] },
      { blocCode: "K2", blocName: "Khối 2", members: 4, forms: [form("BK_TINH", "PERCENT_OF_MEMBERS", "20.00")], sent: [] },
    ]);
    expect(totals[0]!.cap).toBe(3);
  });
});
