import { describe, expect, it } from "vitest";
import { agencyIssuer, documentPlace, numberLine, recipientLines } from "./official-document";

describe("agencyIssuer", () => {
  it.each([
    ["Ban Tổ chức Tỉnh ủy Kon Tum", "Kon Tum", ["Tỉnh ủy Kon Tum", "Ban Tổ chức"]],
    ["Ban Tuyên giáo Tỉnh ủy", "Kon Tum", ["Tỉnh ủy Kon Tum", "Ban Tuyên giáo"]],
    ["Ủy ban Kiểm tra Tỉnh ủy", null, ["Tỉnh ủy", "Ủy ban Kiểm tra"]],
    ["Ban Tổ chức Trung ương", "Hà Nội", ["Ban Chấp hành Trung ương", "Ban Tổ chức"]],
    ["Văn phòng UBND tỉnh", "Kon Tum", ["Ủy ban nhân dân tỉnh Kon Tum", "Văn phòng"]],
    ["Đảng ủy Khối các cơ quan tỉnh", "Kon Tum", ["Đảng ủy Khối các cơ quan tỉnh"]],
    ["Báo Kon Tum", "Kon Tum", ["Báo Kon Tum"]],
  ] as const)("%s → %j", (name, province, lines) => {
    expect(agencyIssuer(name, province)).toEqual(lines);
  });
});

describe("numberLine", () => {
  it("writes the State's and the Party's number and symbol, or leaves them to fill in", () => {
    expect(numberLine(false, "QĐ", "12/QĐ-UBND")).toBe("Số: 12/QĐ-UBND");
    expect(numberLine(true, "QĐ", "68-QĐ/TU")).toBe("Số 68-QĐ/TU");
    expect(numberLine(true, "QĐ", "Số: 68-QĐ/TU")).toBe("Số 68-QĐ/TU");
    expect(numberLine(false, "BB")).toBe("Số: …/BB-…");
    expect(numberLine(true, "BB", " ")).toBe("Số …-BB/…");
  });
});

describe("recipientLines", () => {
  it("ends every line but the archive line with a semicolon", () => {
    expect(recipientLines(["Như trên", "- Các cơ quan thành viên khối;"], false)).toEqual(["- Như trên;", "- Các cơ quan thành viên khối;", "- Lưu: VT."]);
    expect(recipientLines([], true)).toEqual(["- Lưu Văn phòng."]);
  });
});

describe("documentPlace", () => {
  it.each<[string | null, "CENTRAL" | "PROVINCE" | "DISTRICT", string | null]>([
    ["Kon Tum", "PROVINCE", "Kon Tum"],
    [null, "CENTRAL", "Hà Nội"],
    ["  ", "CENTRAL", "Hà Nội"],
    [null, "PROVINCE", null],
  ])("%j, %s → %j", (province, level, place) => expect(documentPlace(province, level)).toBe(place));
});
