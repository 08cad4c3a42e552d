import { describe, expect, it } from "vitest";
import { readDocx, rowOf } from "./read-docx";
import { buildRegistrationDocx, type RegistrationDocData } from "./registration-docx";

const data: RegistrationDocData = {
  year: 2026,
  agencyName: "Ban Tổ chức Tỉnh ủy Kon Tum",
  letterhead: { blocName: "Khối thi đua các cơ quan Đảng tỉnh", blocKind: "KHOI", isParty: true, place: "Kon Tum", headAgencyName: "Văn phòng Tỉnh ủy" },
  status: "SUBMITTED",
  submittedOn: "2026-03-05",
  titles: ["Cờ thi đua của UBND tỉnh", "Tập thể lao động xuất sắc"],
  targets: [
    { order: 1, text: "Cán bộ đạt Lao động tiên tiến", kind: "PERCENT", value: 90, comparator: "AT_LEAST" },
    { order: 2, text: "Hoàn thành nhiệm vụ trọng tâm", kind: "TEXT", value: null, comparator: "EXACTLY" },
  ],
  note: null,
};

describe("registration (.docx)", () => {
  it("is headed by the agency under its governing body, numbered, dated the day it was sent", async () => {
    const p = (await readDocx(await buildRegistrationDocx(data))).paragraphs;
    expect(p.slice(0, 4)).toEqual(["TỈNH ỦY KON TUM", "BAN TỔ CHỨC", "*", "Số …-ĐK/…"]);
    expect(p).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày 05 tháng 3 năm 2026");
    expect(p).not.toContain("DỰ THẢO");
    for (const s of [
      "BẢN ĐĂNG KÝ THI ĐUA",
      "Kính gửi: Khối thi đua các cơ quan Đảng tỉnh (Văn phòng Tỉnh ủy, Trưởng khối).",
      "1. Cờ thi đua của UBND tỉnh.",
      "2. Tập thể lao động xuất sắc.",
      "Cán bộ đạt Lao động tiên tiến",
      "≥ 90%",
    ])
      expect(p).toContain(s);
  });

  it("puts Nơi nhận beside the head's signature, in one row that does not break", async () => {
    const doc = await readDocx(await buildRegistrationDocx(data));
    const row = rowOf(doc, "THỦ TRƯỞNG CƠ QUAN");
    expect(row).toContain("<w:cantSplit/>");
    for (const t of ["Nơi nhận:", "- Như trên;", "- Lưu Văn phòng.", "(Ký, ghi rõ họ tên)"]) expect(rowOf(doc, t)).toBe(row);
  });

  it("marks a registration not sent yet as a draft, undated, in the State format for a State bloc", async () => {
    const p = (
      await readDocx(
        await buildRegistrationDocx({
          ...data,
          status: "DRAFT",
          submittedOn: null,
          letterhead: { ...data.letterhead, isParty: false },
          agencyName: "Sở Nội vụ",
        }),
      )
    ).paragraphs;
    expect(p[0]).toBe("SỞ NỘI VỤ");
    expect(p).toContain("Số: …/ĐK-…");
    expect(p).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p).toContain("DỰ THẢO");
    expect(p).toContain("Kon Tum, ngày … tháng … năm 2026");
    expect(p).toContain("- Lưu: VT.");
  });
});
