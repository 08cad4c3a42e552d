import { describe, expect, it } from "vitest";
import { readDocx, rowOf } from "./read-docx";
import { buildScoreSheetDocx, type ScoreSheetDocData, type ScoreSheetDocRow } from "./score-sheet-docx";

const row = (over: Partial<ScoreSheetDocRow> & Pick<ScoreSheetDocRow, "code" | "name" | "type">): ScoreSheetDocRow => ({
  maxPoints: 0,
  cap: null,
  points: null,
  needsBloc: false,
  vetoed: false,
  entry: null,
  ...over,
});

const data: ScoreSheetDocData = {
  year: 2026,
  agencyName: "Ban Tuyên giáo Tỉnh ủy",
  letterhead: { blocName: "Khối thi đua các cơ quan Đảng tỉnh", blocKind: "KHOI", isParty: true, place: "Kon Tum", headAgencyName: "Văn phòng Tỉnh ủy" },
  table: { title: "Bảng tiêu chí năm 2026", version: 2 },
  status: "SUBMITTED",
  submittedOn: "2026-11-30",
  rows: [
    row({ code: "I", name: "Công tác chuyên môn", type: "GROUP", maxPoints: 60 }),
    row({ code: "1.1", name: "Hoàn thành nhiệm vụ", type: "GRADED", maxPoints: 40, points: 35.456, entry: { isNA: false, explanation: "Đạt 95% kế hoạch" } }),
    row({ code: "1.2", name: "Tỷ lệ giải quyết hồ sơ", type: "QUANTITATIVE", maxPoints: 20, needsBloc: true, entry: { isNA: false, explanation: null } }),
    row({ code: "1.3", name: "Tiêu chí không áp dụng", type: "YES_NO", maxPoints: 5, points: 0, entry: { isNA: true, explanation: "Không có nhiệm vụ này" } }),
    row({ code: "T1", name: "Điểm thưởng sáng kiến", type: "BONUS", maxPoints: 5, cap: 3, points: 2, entry: { isNA: false, explanation: "2 sáng kiến" } }),
    row({ code: "G1", name: "Không có cán bộ bị kỷ luật", type: "GATE", entry: { isNA: false, explanation: null } }),
  ],
  totals: { base: 35.46, bonus: 2, penalty: 0, total: 37.46, vetoed: false },
};

describe("self-score sheet (.docx)", () => {
  it("is headed by the agency under its governing body, numbered and dated the day it was submitted", async () => {
    const p = (await readDocx(await buildScoreSheetDocx(data))).paragraphs;
    expect(p.slice(0, 4)).toEqual(["TỈNH ỦY KON TUM", "BAN TUYÊN GIÁO", "*", "Số …-BC/…"]);
    expect(p).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày 30 tháng 11 năm 2026");
    expect(p).toContain("BẢNG TỰ CHẤM ĐIỂM THI ĐUA");
    expect(p).not.toContain("DỰ THẢO");
  });

  it("gives each criterion its maximum, the agency's points and explanation, then the totals", async () => {
    const doc = await readDocx(await buildScoreSheetDocx(data));
    const cells = (code: string) => {
      const r = rowOf(doc, code)!;
      return doc.paragraphs.filter((_, i) => doc.rows[i] === r);
    };
    expect(cells("1.1")).toEqual(["1.1", "Hoàn thành nhiệm vụ", "40", "35,46", "Đạt 95% kế hoạch"]);
    expect(cells("1.2")).toEqual(["1.2", "Tỷ lệ giải quyết hồ sơ", "20", "Tính khi tổng hợp", ""]);
    expect(cells("1.3")).toEqual(["1.3", "Tiêu chí không áp dụng", "5", "Không áp dụng", "Không có nhiệm vụ này"]);
    expect(cells("T1")).toEqual(["T1", "Điểm thưởng sáng kiến", "+3", "2", "2 sáng kiến"]);
    expect(cells("G1")).toEqual(["G1", "Không có cán bộ bị kỷ luật", "—", "Không vi phạm", ""]);
    const total = rowOf(doc, "TỔNG ĐIỂM TỰ CHẤM")!;
    expect(doc.paragraphs.filter((_, i) => doc.rows[i] === total)).toEqual(["", "TỔNG ĐIỂM TỰ CHẤM", "", "37,46", ""]);
    expect(total).toContain("<w:b/>");
    expect(doc.paragraphs).toContain("Tiêu chí tính theo đơn vị dẫn đầu chưa được cộng: điểm của các tiêu chí này được tính khi tổng hợp toàn khối.");
  });

  it("has the head's signature with Nơi nhận in one row that does not break", async () => {
    const doc = await readDocx(await buildScoreSheetDocx(data));
    const r = rowOf(doc, "THỦ TRƯỞNG CƠ QUAN");
    expect(r).toContain("<w:cantSplit/>");
    for (const t of ["Nơi nhận:", "- Văn phòng Tỉnh ủy (Trưởng khối, để thẩm định);", "- Lưu Văn phòng."]) expect(rowOf(doc, t)).toBe(r);
  });

  it("marks a sheet not submitted as a draft, undated, in the State format for a State bloc", async () => {
    const p = (
      await readDocx(await buildScoreSheetDocx({ ...data, status: "RETURNED", submittedOn: "2026-11-30", letterhead: { ...data.letterhead, isParty: false } }))
    ).paragraphs;
    expect(p).toContain("DỰ THẢO");
    expect(p).toContain("Số: …/BC-…");
    expect(p).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày … tháng … năm 2026");
  });
});
