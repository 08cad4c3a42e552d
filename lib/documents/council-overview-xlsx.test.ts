import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { awardTotals } from "@/lib/domain/council-overview/award-totals";
import { coCpCap, DEFAULT_CO_CP_CAP } from "@/lib/domain/council-overview/co-cp-cap";
import { overviewRow } from "@/lib/domain/council-overview/overview";
import { buildCouncilOverviewXlsx, OVERVIEW_SHEETS } from "./council-overview-xlsx";
import { plainRow } from "./read-xlsx";

const row = overviewRow(
  {
    code: "K1",
    name: "Khối các cơ quan Đảng",
    provinceName: null,
    agencyNames: new Map([
      ["a", "Ban Tổ chức"],
      ["b", "Báo tỉnh"],
    ]),
    facts: {
      phases: [
        { key: "REGISTRATION", opensOn: "2026-01-01", closesOn: "2026-01-31" },
        { key: "CONFERENCE", opensOn: "2026-05-01", closesOn: "2026-05-31" },
        { key: "NOMINATION", opensOn: "2026-06-01", closesOn: "2026-06-30" },
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
    },
    publication: { version: 2, publishedOn: "2026-05-20", isPublic: true },
  },
  "2026-06-15",
);

async function workbook() {
  const bytes = await buildCouncilOverviewXlsx({
    councilName: "Tỉnh Quảng Ngãi",
    year: 2026,
    exportedOn: "15/06/2026",
    filterText: "chỉ khối có việc trễ hạn",
    rows: [row],
    awards: awardTotals([
      {
        blocCode: "K1",
        blocName: "Khối các cơ quan Đảng",
        members: 2,
        forms: [{ code: "CO_CP", name: "Cờ thi đua của Chính phủ", order: 0, quotaKind: "NONE", quotaValue: null, quotaRounding: "FLOOR" }],
        sent: ["CO_CP", "CO_CP"],
      },
    ]),
    coCp: coCpCap(DEFAULT_CO_CP_CAP, new Set(["K1|a", "K2|x", "K3|y", "K4|z", "K5|w"]), [
      { id: "1", blocCode: "K1", blocName: "Khối các cơ quan Đảng", agencyId: "a", nominee: "Ban Tổ chức", sentAt: "2026-06-01T01:00:00.000Z" },
      { id: "2", blocCode: "K1", blocName: "Khối các cơ quan Đảng", agencyId: "b", nominee: "Báo tỉnh", sentAt: "2026-06-02T01:00:00.000Z" },
    ]),
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe("buildCouncilOverviewXlsx", () => {
  it("has one sheet per part, titled with the council, the year and the filter", async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(OVERVIEW_SHEETS));
    const blocs = wb.getWorksheet(OVERVIEW_SHEETS.blocs)!;
    expect(blocs.getCell(1, 1).value).toBe("Tổng quan thi đua các khối — Tỉnh Quảng Ngãi — năm 2026");
    expect(blocs.getCell(2, 1).value).toBe("Xuất ngày 15/06/2026 · Bộ lọc: chỉ khối có việc trễ hạn");
    expect(plainRow(blocs.getRow(4), 6)).toEqual(
      expect.arrayContaining([
        1,
        "Khối các cơ quan Đảng",
        "Đề nghị khen thưởng",
        "Kết thúc Đề nghị khen thưởng: 30/06/2026",
        "Lần 2, 20/05/2026 (công khai)",
        2,
      ]),
    );
  });

  it("lists every late item with its agency, or the bloc itself", async () => {
    const late = (await workbook()).getWorksheet(OVERVIEW_SHEETS.late)!;
    expect(plainRow(late.getRow(4), 5)).toEqual([
      "Khối các cơ quan Đảng",
      "(Khối)",
      "Chưa ghi nhận hội nghị tổng kết",
      "Chưa ghi nhận hội nghị tổng kết.",
      "31/05/2026",
    ]);
    expect(plainRow(late.getRow(5), 5)).toEqual([
      "Khối các cơ quan Đảng",
      "Báo tỉnh",
      "Chưa nộp đăng ký thi đua",
      "Chưa gửi bản đăng ký thi đua.",
      "31/01/2026",
    ]);
    expect(late.rowCount).toBe(5);
  });

  it("shows the Cờ CP cap and flags the proposal over it in words and colour", async () => {
    const wb = await workbook();
    const awards = wb.getWorksheet(OVERVIEW_SHEETS.awards)!;
    expect(plainRow(awards.getRow(4), 4)).toEqual(["Cờ thi đua của Chính phủ", 2, "1 (chung các khối)", "—"]);
    const coCp = wb.getWorksheet(OVERVIEW_SHEETS.coCp)!;
    expect(String(coCp.getCell(2, 1).value)).toContain("20% của 5 đơn vị dẫn đầu = 1 → tối đa 1");
    expect(plainRow(coCp.getRow(4), 6)).toEqual([1, "Ban Tổ chức", "Khối các cơ quan Đảng", "01/06/2026 08:00", "Trong chỉ tiêu", "Có"]);
    expect(plainRow(coCp.getRow(5), 6)).toEqual([2, "Báo tỉnh", "Khối các cơ quan Đảng", "02/06/2026 08:00", "Vượt chỉ tiêu", "Không"]);
    expect((coCp.getRow(5).getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });
});
