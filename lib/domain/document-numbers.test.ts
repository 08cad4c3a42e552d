import { describe, expect, it } from "vitest";
import { blocIssuerCode, formatSymbol, parseSymbol, recordedNumberRefusal } from "./document-numbers";
import { numberLine } from "./official-document";

describe("formatSymbol", () => {
  it.each([
    [false, 5, "TTr", "KTĐ", "05/TTr-KTĐ"],
    [false, 15, "TTr", "BTCTU", "15/TTr-BTCTU"],
    [false, 120, "BC", "KTĐ", "120/BC-KTĐ"],
    [true, 12, "BB", "KTĐ", "12-BB/KTĐ"],
    [true, 5, "BC", "CTĐ", "5-BC/CTĐ"],
  ])("party=%s %i %s %s → %s", (isParty, sequence, kind, issuerCode, symbol) => {
    expect(formatSymbol(isParty, { sequence, kind, issuerCode })).toBe(symbol);
  });

  it("prints after Số in the layout's number line", () => {
    expect(numberLine(false, "TTr", formatSymbol(false, { sequence: 15, kind: "TTr", issuerCode: "BTCTU" }))).toBe("Số: 15/TTr-BTCTU");
    expect(numberLine(true, "BB", formatSymbol(true, { sequence: 12, kind: "BB", issuerCode: "KTĐ" }))).toBe("Số 12-BB/KTĐ");
  });

  it("names the bloc's series by its kind", () => {
    expect(blocIssuerCode("KHOI")).toBe("KTĐ");
    expect(blocIssuerCode("CUM")).toBe("CTĐ");
  });
});

describe("parseSymbol", () => {
  it.each([
    ["Số: 15/TTr-BTCTU", false, "TTr", "15/TTr-BTCTU"],
    ["5/TTr-BTCTU", false, "TTr", "05/TTr-BTCTU"],
    ["  số 05 / ttr - btctu ", false, "TTr", "05/TTr-BTCTU"],
    ["Số 12-BB/KTĐ", true, "BB", "12-BB/KTĐ"],
    ["12-BB/BTC-TU", true, "BB", "12-BB/BTC-TU"],
    ["7/BC-UBND.VX", false, "BC", "07/BC-UBND.VX"],
  ])("%j (party=%s, %s) → %s", (text, isParty, kind, symbol) => {
    const p = parseSymbol(text, isParty, kind);
    expect(p.ok && p.symbol).toBe(symbol);
  });

  it("reads the same number with and without the leading zero", () => {
    const a = parseSymbol("5/TTr-BTCTU", false, "TTr");
    const b = parseSymbol("Số: 05/TTr-BTCTU", false, "TTr");
    expect(a.ok && b.ok && a.symbol === b.symbol && a.sequence === 5).toBe(true);
  });

  it.each([
    ["15-TTr/BTCTU", false, "TTr", "thể thức văn bản hành chính"],
    ["15/TTr-BTCTU", true, "TTr", "thể thức văn bản của Đảng"],
    ["15/BC-BTCTU", false, "TTr", "loại TTr"],
    ["0/TTr-BTCTU", false, "TTr", "từ 1 đến"],
    ["TTr-BTCTU", false, "TTr", "05/TTr-BTCTU"],
    ["", false, "BB", "05/BB-BTCTU"],
    ["15/TTr-", false, "TTr", "thể thức"],
  ])("refuses %j (party=%s, %s): %s", (text, isParty, kind, says) => {
    const p = parseSymbol(text, isParty, kind);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message).toContain(says);
  });
});

describe("recordedNumberRefusal", () => {
  it("keeps the bloc's own series for the numbers the app gives", () => {
    const own = parseSymbol("16/TTr-KTĐ", false, "TTr");
    const other = parseSymbol("16/TTr-BTCTU", false, "TTr");
    expect(own.ok && recordedNumberRefusal(own, "KTĐ")).toContain("Cấp số");
    expect(other.ok && recordedNumberRefusal(other, "KTĐ")).toBeNull();
  });
});
