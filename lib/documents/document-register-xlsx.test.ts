import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildDocumentRegisterXlsx, REGISTER_SHEET_NAME } from "./document-register-xlsx";
import { plainRow } from "./read-xlsx";

describe("buildDocumentRegisterXlsx", () => {
  it("writes one row per number with its day, kind, document, year, how it was given and by whom", async () => {
    const bytes = await buildDocumentRegisterXlsx({
      blocName: "Khối thi đua các cơ quan Đảng tỉnh",
      year: 2027,
      issuerCode: null,
      exportedOn: "07/01/2027",
      rows: [
        {
          symbol: "1-BB/KTĐ",
          issuedOn: "2027-01-05",
          kind: "BB",
          document: "CONFERENCE_MINUTES",
          cycleYear: 2026,
          source: "ISSUED",
          issuedByName: "Trần Thư Ký",
          note: null,
        },
        {
          symbol: "15-TTr/BTCTU",
          issuedOn: "2027-01-06",
          kind: "TTr",
          document: "DOSSIER_MEMO",
          cycleYear: 2026,
          source: "RECORDED",
          issuedByName: "Lê Chủ Trì",
          note: "Văn thư Ban Tổ chức",
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    expect(ws.getCell(1, 1).value).toBe("Sổ đăng ký số văn bản năm 2027 — Khối thi đua các cơ quan Đảng tỉnh");
    expect(plainRow(ws.getRow(5), 9)).toEqual([1, "1-BB/KTĐ", "05/01/2027", "Biên bản", "Biên bản hội nghị", 2026, "Cấp trong ứng dụng", "Trần Thư Ký", ""]);
    expect(plainRow(ws.getRow(6), 9)).toEqual([
      2,
      "15-TTr/BTCTU",
      "06/01/2027",
      "Tờ trình",
      "Tờ trình đề nghị khen thưởng",
      2026,
      "Ghi số do văn thư cấp",
      "Lê Chủ Trì",
      "Văn thư Ban Tổ chức",
    ]);
  });
});
