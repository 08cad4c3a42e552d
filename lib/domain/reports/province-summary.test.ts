import { describe, expect, it } from "vitest";
import { provinceSummary, provinceSummaryDocument, type ProvinceBlocFacts } from "./province-summary";

const blocs: ProvinceBlocFacts[] = [
  {
    code: "B",
    name: "Khối thi đua các sở, ban, ngành",
    year: {
      members: 12,
      registrationsSent: 10,
      pledge: null,
      publication: null,
      conferenceOn: null,
      nominations: [{ formName: "Bằng khen của Chủ tịch UBND tỉnh", formOrder: 2, count: 3 }],
      decisions: { recorded: 0, awarded: 0 },
    },
  },
  { code: "C", name: "Cụm thi đua số 1", year: null },
  {
    code: "A",
    name: "Khối thi đua các cơ quan Đảng tỉnh",
    year: {
      members: 9,
      registrationsSent: 9,
      pledge: { version: 1, signed: 9 },
      publication: { version: 2, leaders: ["Ban Tổ chức Tỉnh ủy"] },
      conferenceOn: "2026-12-20",
      nominations: [
        { formName: "Cờ thi đua của UBND tỉnh", formOrder: 1, count: 1 },
        { formName: "Bằng khen của Chủ tịch UBND tỉnh", formOrder: 2, count: 2 },
      ],
      decisions: { recorded: 1, awarded: 3 },
    },
  },
];

describe("provinceSummary", () => {
  const s = provinceSummary({ scopeName: "Quảng Ngãi", isCentral: false, year: 2026, today: "2026-12-07", blocs });

  it("has one row per bloc in Vietnamese order, forms in catalogue order", () => {
    expect(s.rows.map((r) => [r.order, r.code])).toEqual([
      [1, "C"],
      [2, "A"],
      [3, "B"],
    ]);
    expect(s.forms).toEqual(["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"]);
  });

  it("describes each bloc's year, and a bloc that has not opened it as such", () => {
    const [c, a, b] = s.rows;
    expect(c).toMatchObject({ opened: false, members: null, pledge: "Chưa lập năm thi đua", nominationsText: "Chưa lập năm thi đua" });
    expect(a).toMatchObject({
      members: 9,
      registrations: 9,
      pledge: "Đã ký 9/9 (phiên bản 1)",
      results: "Công bố lần 2; dẫn đầu: Ban Tổ chức Tỉnh ủy",
      conference: "Đã tổ chức ngày 20/12/2026",
      nominations: { "Cờ thi đua của UBND tỉnh": 1, "Bằng khen của Chủ tịch UBND tỉnh": 2 },
      nominationsText: "Cờ thi đua của UBND tỉnh: 1; Bằng khen của Chủ tịch UBND tỉnh: 2",
      decisions: "1 quyết định; 3 được khen thưởng",
    });
    expect(b).toMatchObject({ pledge: "Chưa ký kết", results: "Chưa công bố", conference: "Chưa tổ chức", decisions: "Chưa có quyết định" });
  });

  it("adds up the blocs that opened the year", () => {
    expect(s.totals).toEqual({
      blocs: 3,
      opened: 2,
      members: 21,
      registrations: 19,
      pledgesSigned: 1,
      published: 1,
      conferences: 1,
      nominations: { "Cờ thi đua của UBND tỉnh": 1, "Bằng khen của Chủ tịch UBND tỉnh": 5 },
      decisions: 1,
    });
    expect(s.exportedOn).toBe("07/12/2026");
  });

  it("is a State document of the council with one table row per bloc", () => {
    const doc = provinceSummaryDocument(s, { isCentral: false, today: "2026-12-07" });
    expect(doc).toMatchObject({ isParty: false, issuer: ["Hội đồng Thi đua - Khen thưởng Quảng Ngãi"], place: "Quảng Ngãi", dated: { day: null, year: 2026 } });
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r[1])).toEqual([
      "Cụm thi đua số 1",
      "Khối thi đua các cơ quan Đảng tỉnh",
      "Khối thi đua các sở, ban, ngành",
    ]);
    const central = provinceSummaryDocument(provinceSummary({ scopeName: "Cấp Trung ương", isCentral: true, year: 2026, today: "2026-12-07", blocs: [] }), {
      isCentral: true,
      today: "2026-12-07",
    });
    expect(central.issuer).toEqual(["Hội đồng Thi đua - Khen thưởng Trung ương"]);
    expect(central.place).toBe("Hà Nội");
    expect(central.blocks.at(-1)).toEqual({ kind: "para", text: "Cấp Trung ương chưa có khối, cụm thi đua nào.", italics: true });
  });
});
