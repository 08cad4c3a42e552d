import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildScoreSummaryXlsx, SCORE_SUMMARY_SHEET_NAME, type ScoreSummaryInput } from "./score-summary-xlsx";

const input: ScoreSummaryInput = {
  blocName: "Khối thi đua các cơ quan Đảng tỉnh",
  year: 2026,
  tableTitle: "Bảng tiêu chí chấm điểm thi đua",
  tableVersion: 2,
  exportedOn: "20/11/2026",
  criteria: [
    { id: "c1", code: "I.1", name: "Thực hiện nhiệm vụ chính trị" },
    { id: "c2", code: "I.2", name: "Công tác xây dựng Đảng" },
  ],
  rows: [
    {
      rank: 1,
      label: "Nhất",
      agencyName: "Ban Tổ chức Tỉnh ủy",
      cells: { c1: { points: 50 }, c2: { points: 40.5 } },
      base: 90.5,
      bonus: 2,
      penalty: 0.5,
      total: 92,
      bandLabel: "Hoàn thành xuất sắc nhiệm vụ",
      vetoed: false,
      needsRunoff: false,
    },
    {
      rank: 2,
      label: "Nhì",
      agencyName: "Báo tỉnh",
      cells: { c1: { points: 45 } },
      base: 45,
      bonus: 0,
      penalty: 0,
      total: 45,
      bandLabel: "Không hoàn thành nhiệm vụ",
      vetoed: true,
      needsRunoff: true,
    },
  ],
};

async function readBack(data: ScoreSummaryInput) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildScoreSummaryXlsx(data)) as unknown as ArrayBuffer);
  return wb.getWorksheet(SCORE_SUMMARY_SHEET_NAME)!;
}

describe("buildScoreSummaryXlsx", () => {
  it("titles the sheet with the bloc, the year and the table version", async () => {
    const ws = await readBack(input);
    expect(ws.getCell("A1").value).toBe("Khối thi đua các cơ quan Đảng tỉnh — Bảng tổng hợp điểm năm 2026");
    expect(ws.getCell("A2").value).toBe("Theo Bảng tiêu chí chấm điểm thi đua (phiên bản 2) · Điểm hiện hành, chưa công bố · Xuất ngày 20/11/2026");
  });

  it("has one column per criterion code between the agency and the totals, names as notes", async () => {
    const ws = await readBack(input);
    expect(ws.getRow(4).values).toEqual([undefined, "Xếp hạng", "Cơ quan", "I.1", "I.2", "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại"]);
    expect(ws.getCell("C4").note).toBe("Thực hiện nhiệm vụ chính trị");
  });

  it("writes one row per agency in ranking order, numbers as numbers", async () => {
    const ws = await readBack(input);
    expect(ws.getRow(5).values).toEqual([undefined, "1 (Nhất)", "Ban Tổ chức Tỉnh ủy", 50, 40.5, 90.5, 2, 0.5, 92, "Hoàn thành xuất sắc nhiệm vụ"]);
    expect(ws.getCell("H5").numFmt).toBe("0.00");
  });

  it("leaves an unscored criterion empty and writes the veto and run-off marks with the band", async () => {
    const ws = await readBack(input);
    expect(ws.getCell("D6").value).toBeNull();
    expect(ws.getCell("I6").value).toBe("Không hoàn thành nhiệm vụ; Không đủ điều kiện khen thưởng; Cần bỏ phiếu phân hạng");
  });

  it("freezes the header rows and the agency column", async () => {
    const ws = await readBack(input);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
  });

  it("lists the members not ranked, with the reason, under the ranking", async () => {
    const excluded = [
      { agencyName: "Ban Dân vận Tỉnh ủy", reason: "Chưa nộp bảng tự chấm" },
      { agencyName: "Văn phòng Tỉnh ủy", reason: "Bảng điểm chưa được thẩm định xong" },
    ];
    const ws = await readBack({ ...input, excluded });
    expect(ws.getCell("A8").value).toBe("Cơ quan không được xếp hạng (2)");
    expect([ws.getCell("B9").value, ws.getCell("C9").value]).toEqual(["Ban Dân vận Tỉnh ủy", "Chưa nộp bảng tự chấm"]);
    expect([ws.getCell("B10").value, ws.getCell("C10").value]).toEqual(["Văn phòng Tỉnh ủy", "Bảng điểm chưa được thẩm định xong"]);
    expect((await readBack(input)).getCell("A8").value).toBeNull();
  });

  it("still builds with no rows and no criteria", async () => {
    const ws = await readBack({ ...input, criteria: [], rows: [] });
    expect(ws.getRow(4).values).toEqual([undefined, "Xếp hạng", "Cơ quan", "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại"]);
  });
});
