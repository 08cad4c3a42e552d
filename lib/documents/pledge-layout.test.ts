import { describe, expect, it } from "vitest";
import { targetText } from "@/lib/domain/pledge";
import { baseLine, isPartyBloc, issuerLine, placeDateLine, statusMark, subtitle, targetLine } from "./pledge-layout";

describe("pledge layout", () => {
  it.each([
    ["Khối thi đua các cơ quan Đảng tỉnh Kon Tum", "KHOI", "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH KON TUM"],
    ["Cụm thi đua số II", "CUM", "CỤM THI ĐUA SỐ II"],
    ["Các cơ quan Đảng thành phố Cần Thơ", "KHOI", "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG THÀNH PHỐ CẦN THƠ"],
    ["các sở ngành kinh tế", "CUM", "CỤM THI ĐUA CÁC SỞ NGÀNH KINH TẾ"],
  ] as const)("issuer %s → %s", (name, kind, expected) => {
    expect(issuerLine(name, kind)).toBe(expected);
  });

  it.each([
    ["Kon Tum", "2024-02-06", "Kon Tum, ngày 06 tháng 02 năm 2024"],
    ["Cần Thơ", "2021-12-24", "Cần Thơ, ngày 24 tháng 12 năm 2021"],
    [null, "2024-03-01", "…, ngày 01 tháng 3 năm 2024"],
    ["Ninh Bình", "2025-04-15", "Ninh Bình, ngày 15 tháng 4 năm 2025"],
    ["Hà Nội", "2025-01-09", "Hà Nội, ngày 09 tháng 01 năm 2025"],
    ["Hà Nội", "2025-10-20", "Hà Nội, ngày 20 tháng 10 năm 2025"],
    ["Hà Nội", null, "Hà Nội, ngày … tháng … năm 2025"],
  ])("place and date %s %s", (place, day, expected) => {
    expect(placeDateLine(place, day, 2025)).toBe(expected);
  });

  it.each([
    ["Luật Thi đua, khen thưởng 2022", false, "Căn cứ Luật Thi đua, khen thưởng 2022;"],
    ["Căn cứ Chỉ thị 41-CT/TW;", true, "Căn cứ Chỉ thị 41-CT/TW."],
    ["căn cứ Kế hoạch số 12-KH/KTĐ.", false, "căn cứ Kế hoạch số 12-KH/KTĐ;"],
    ["Căn cứ vào kết quả năm 2023", true, "Căn cứ vào kết quả năm 2023."],
  ])("base %s", (base, isLast, expected) => {
    expect(baseLine(base, isLast)).toBe(expected);
  });

  it("repeats the title only when it says more than the standard one", () => {
    expect(subtitle("Giao ước thi đua năm 2024", 2024)).toBeNull();
    expect(subtitle("  GIAO ƯỚC  THI ĐUA NĂM 2024 ", 2024)).toBeNull();
    expect(subtitle("Giao ước thi đua năm 2024 (điều chỉnh)", 2024)).toBe("Giao ước thi đua năm 2024 (điều chỉnh)");
  });

  it.each([
    ["Khối thi đua các cơ quan Đảng tỉnh Kon Tum", [], true],
    ["Khối thi đua KHOI-1", ["BAN_DANG", "UY_BAN_KIEM_TRA"], true],
    ["Khối thi đua KHOI-1", ["BAN_DANG", "DON_VI_SU_NGHIEP"], false],
    ["Cụm thi đua các sở", [], false],
  ])("Party format for %s %o → %s", (name, types, expected) => {
    expect(isPartyBloc(name, types)).toBe(expected);
  });

  // The print view and the .docx write this line from the stored target (kind, value, unit, comparator).
  it.each([
    ["PERCENT", 90, "% cán bộ, công chức đạt Lao động tiên tiến", "AT_LEAST", "Chỉ tiêu: ≥ 90% cán bộ, công chức đạt Lao động tiên tiến."],
    ["NUMBER", 2, "vụ việc vi phạm", "AT_MOST", "Chỉ tiêu: ≤ 2 vụ việc vi phạm."],
    ["PERCENT", 92.5, null, "AT_LEAST", "Chỉ tiêu: ≥ 92,5%."],
    ["NUMBER", 12, "tin, bài", "EXACTLY", "Chỉ tiêu: 12 tin, bài."],
    ["TEXT", null, null, "EXACTLY", null],
  ] as const)("target line of %s %s %s %s", (kind, value, unit, comparator, expected) => {
    expect(targetLine(targetText(kind, value, unit, comparator))).toBe(expected);
  });

  it.each([
    ["DRAFT", "DỰ THẢO"],
    ["SIGNING", "DỰ THẢO"],
    ["LOCKED", null],
    ["SUPERSEDED", "BẢN ĐÃ ĐƯỢC THAY THẾ"],
  ] as const)("mark of %s", (s, m) => {
    expect(statusMark(s)).toBe(m);
  });
});
