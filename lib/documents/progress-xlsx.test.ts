import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildProgressXlsx, PROGRESS_SHEET_NAME, STATUS_FILLS, type ProgressSheetInput } from "./progress-xlsx";

const input: ProgressSheetInput = {
  blocName: "Khối thi đua các cơ quan Đảng tỉnh Kon Tum",
  year: 2026,
  pledgeVersion: 2,
  exportedOn: "15/07/2026",
  commitments: [
    {
      number: 1,
      text: "Hoàn thành xuất sắc nhiệm vụ chính trị",
      targetKind: "PERCENT",
      targetValue: 90,
      targetComparator: "AT_LEAST",
      targetUnit: "% cán bộ đạt Lao động tiên tiến",
    },
    { number: 2, text: "Xây dựng cơ quan văn hóa", targetKind: "TEXT", targetValue: null, targetComparator: "EXACTLY", targetUnit: null },
  ],
  rows: [
    {
      agencyName: "Ban Tổ chức Tỉnh ủy",
      cells: [
        { status: "ACHIEVED", value: 92, meetsTarget: true },
        { status: "AT_RISK", value: null, meetsTarget: null },
      ],
      counts: { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 1, ACHIEVED: 1 },
    },
    {
      agencyName: "Báo Kon Tum",
      cells: [
        { status: "ON_TRACK", value: 85, meetsTarget: false },
        { status: "NOT_STARTED", value: null, meetsTarget: null },
      ],
      counts: { NOT_STARTED: 1, ON_TRACK: 1, AT_RISK: 0, ACHIEVED: 0 },
    },
  ],
  byCommitment: [
    { NOT_STARTED: 0, ON_TRACK: 1, AT_RISK: 0, ACHIEVED: 1 },
    { NOT_STARTED: 1, ON_TRACK: 0, AT_RISK: 1, ACHIEVED: 0 },
  ],
};

async function readBack(data: ProgressSheetInput) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildProgressXlsx(data)) as unknown as ArrayBuffer);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern).fgColor?.argb;

describe("buildProgressXlsx", () => {
  it("has one sheet named “Sơ kết 6 tháng” with the bloc and year in the title row", async () => {
    const wb = await readBack(input);
    expect(wb.worksheets.map((w) => w.name)).toEqual([PROGRESS_SHEET_NAME]);
    const ws = wb.getWorksheet(PROGRESS_SHEET_NAME)!;
    expect(ws.getCell("A1").value).toBe("Khối thi đua các cơ quan Đảng tỉnh Kon Tum — Sơ kết 6 tháng năm 2026");
    expect(ws.getCell("A2").value).toBe("Theo giao ước thi đua năm 2026 (phiên bản 2) · Xuất ngày 15/07/2026");
  });

  it("writes the header row and the commitment texts with their targets in a second header row", async () => {
    const ws = (await readBack(input)).worksheets[0]!;
    expect(ws.getRow(4).values).toEqual([undefined, "TT", "Cơ quan", "Cam kết 1", "Cam kết 2", "Đã đạt", "Đúng tiến độ"]);
    expect(ws.getCell("C5").value).toBe("Hoàn thành xuất sắc nhiệm vụ chính trị\nChỉ tiêu: ≥ 90% cán bộ đạt Lao động tiên tiến");
    expect(ws.getCell("D5").value).toBe("Xây dựng cơ quan văn hóa");
  });

  it("writes each target with its own comparator: ≤ for “không quá”, the figure alone for an exact one", async () => {
    const [first, second] = input.commitments;
    for (const [comparator, text] of [
      ["AT_MOST", "≤ 90% cán bộ đạt Lao động tiên tiến"],
      ["EXACTLY", "90% cán bộ đạt Lao động tiên tiến"],
    ] as const) {
      const ws = (await readBack({ ...input, commitments: [{ ...first!, targetComparator: comparator }, second!] })).worksheets[0]!;
      expect(ws.getCell("C5").value).toBe(`Hoàn thành xuất sắc nhiệm vụ chính trị\nChỉ tiêu: ${text}`);
    }
  });

  it("writes one row per agency with Vietnamese status labels, values and shares", async () => {
    const ws = (await readBack(input)).worksheets[0]!;
    expect([ws.getCell("A6").value, ws.getCell("B6").value]).toEqual([1, "Ban Tổ chức Tỉnh ủy"]);
    expect(ws.getCell("C6").value).toBe("Đã đạt\n92% (đạt chỉ tiêu)");
    expect(ws.getCell("D6").value).toBe("Chậm, có nguy cơ");
    expect([ws.getCell("E6").value, ws.getCell("F6").value]).toEqual(["1/2 (50%)", "0/2 (0%)"]);
    expect(ws.getCell("C7").value).toBe("Đúng tiến độ\n85% (chưa đạt chỉ tiêu)");
    expect(ws.getCell("D7").value).toBe("Chưa triển khai");
  });

  it("fills each status cell with its colour", async () => {
    const ws = (await readBack(input)).worksheets[0]!;
    expect([fillOf(ws.getCell("C6")), fillOf(ws.getCell("D6")), fillOf(ws.getCell("C7")), fillOf(ws.getCell("D7"))]).toEqual([
      STATUS_FILLS.ACHIEVED.fill,
      STATUS_FILLS.AT_RISK.fill,
      STATUS_FILLS.ON_TRACK.fill,
      STATUS_FILLS.NOT_STARTED.fill,
    ]);
    expect(new Set(Object.values(STATUS_FILLS).map((s) => s.fill)).size).toBe(4);
  });

  it("adds the per-commitment counts and a legend", async () => {
    const ws = (await readBack(input)).worksheets[0]!;
    expect(ws.getCell("B8").value).toBe("Tổng hợp theo cam kết");
    expect(ws.getCell("C8").value).toBe("Đã đạt: 1\nĐúng tiến độ: 1\nChậm, có nguy cơ: 0\nChưa triển khai: 0");
    expect([ws.getCell("C10").value, fillOf(ws.getCell("C10"))]).toEqual(["Đã đạt", STATUS_FILLS.ACHIEVED.fill]);
    expect([ws.getCell("F10").value, fillOf(ws.getCell("F10"))]).toEqual(["Chưa triển khai", STATUS_FILLS.NOT_STARTED.fill]);
  });

  it("freezes the header rows and the agency column, and sets column widths", async () => {
    const ws = (await readBack(input)).worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 });
    expect(ws.columns.map((c) => c.width)).toEqual([6, 40, 26, 26, 16, 16]);
  });

  it("still builds for a bloc without members", async () => {
    const ws = (await readBack({ ...input, rows: [] })).worksheets[0]!;
    expect(ws.getCell("B6").value).toBe("Tổng hợp theo cam kết");
  });
});
