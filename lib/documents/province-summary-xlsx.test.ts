import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { provinceSummary } from "@/lib/domain/reports/province-summary";
import { buildProvinceSummaryXlsx, SUMMARY_SHEET_NAME } from "./province-summary-xlsx";
import { plainRow } from "./read-xlsx";

describe("buildProvinceSummaryXlsx", () => {
  it("writes one row per bloc, a column per award form with its counts, and the totals", async () => {
    const s = provinceSummary({
      scopeName: "Quảng Ngãi",
      isCentral: false,
      year: 2026,
      today: "2026-12-07",
      blocs: [
        {
          code: "A",
          name: "Khối thi đua các cơ quan Đảng tỉnh",
          year: {
            members: 9,
            registrationsSent: 8,
            pledge: { version: 1, signed: 9 },
            publication: null,
            conferenceOn: null,
            nominations: [{ formName: "Cờ thi đua của UBND tỉnh", formOrder: 1, count: 2 }],
            decisions: { recorded: 0, awarded: 0 },
          },
        },
        { code: "B", name: "Cụm thi đua số 1", year: null },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildProvinceSummaryXlsx(s)) as never);
    const ws = wb.getWorksheet(SUMMARY_SHEET_NAME)!;
    expect(plainRow(ws.getRow(4), 10)).toEqual([
      "TT",
      "Khối, cụm thi đua",
      "Mã khối",
      "Thành viên",
      "Đăng ký đã gửi",
      "Giao ước",
      "Kết quả",
      "Hội nghị tổng kết",
      "Đề nghị: Cờ thi đua của UBND tỉnh",
      "Quyết định",
    ]);
    expect(plainRow(ws.getRow(5), 10)).toEqual([
      1,
      "Cụm thi đua số 1",
      "B",
      null,
      null,
      "Chưa lập năm thi đua",
      "Chưa lập năm thi đua",
      "Chưa lập năm thi đua",
      null,
      "Chưa lập năm thi đua",
    ]);
    expect(plainRow(ws.getRow(6), 10)).toEqual([
      2,
      "Khối thi đua các cơ quan Đảng tỉnh",
      "A",
      9,
      8,
      "Đã ký 9/9 (phiên bản 1)",
      "Chưa công bố",
      "Chưa tổ chức",
      2,
      "Chưa có quyết định",
    ]);
    expect(plainRow(ws.getRow(7), 10).slice(1, 9)).toEqual([
      "Tổng cộng: 2 khối, cụm (1 đã lập năm thi đua)",
      null,
      9,
      8,
      "1 khối đã ký kết",
      "0 khối đã công bố",
      "0 khối đã tổ chức",
      2,
    ]);
  });
});
