import { describe, expect, it } from "vitest";
import { buildDecisionDocx, decisionAuthority, type DecisionDocData } from "./decision-docx";
import { readDocx, rowOf } from "./read-docx";

const data: DecisionDocData = {
  year: 2026,
  letterhead: { blocName: "Khối thi đua các cơ quan Đảng tỉnh", blocKind: "KHOI", isParty: true, place: "Kon Tum", headAgencyName: "Văn phòng Tỉnh ủy" },
  number: "123/QĐ-UBND",
  issuedOn: "2027-02-04",
  signer: "Nguyễn Văn Bình",
  authorityKind: "PROVINCE_CHAIR",
  authorityName: "Chủ tịch UBND tỉnh",
  cancelled: null,
  items: [
    {
      agencyName: "Ban Tuyên giáo Tỉnh ủy",
      collectiveName: null,
      personName: "Nguyễn Thị Hoa",
      awardFormName: "Bằng khen cá nhân",
      awardFormOrder: 3,
      outcome: "APPROVED",
      changedToFormName: null,
    },
    {
      agencyName: "Ban Tuyên giáo Tỉnh ủy",
      collectiveName: null,
      personName: null,
      awardFormName: "Cờ thi đua của UBND tỉnh",
      awardFormOrder: 1,
      outcome: "CHANGED",
      changedToFormName: "Bằng khen của Chủ tịch UBND tỉnh",
    },
    {
      agencyName: "Ban Dân vận Tỉnh ủy",
      collectiveName: null,
      personName: null,
      awardFormName: "Bằng khen của Chủ tịch UBND tỉnh",
      awardFormOrder: 2,
      outcome: "REJECTED",
      changedToFormName: null,
    },
  ],
};

describe("decision (.docx)", () => {
  it("is issued by the province's People's Committee in the State format, with its number and day", async () => {
    const p = (await readDocx(await buildDecisionDocx(data))).paragraphs;
    expect(p.slice(0, 3)).toEqual(["ỦY BAN NHÂN DÂN TỈNH KON TUM", "", "Số: 123/QĐ-UBND"]);
    expect(p).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày 04 tháng 02 năm 2027");
    for (const s of [
      "QUYẾT ĐỊNH",
      "Về việc khen thưởng thành tích phong trào thi đua năm 2026",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM",
      "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;",
      "QUYẾT ĐỊNH:",
      "Nguyễn Thị Hoa, Ban Tuyên giáo Tỉnh ủy",
      "Bằng khen cá nhân",
    ])
      expect(p).toContain(s);
  });

  it("lists the changed item under the form it was changed to, and leaves the rejected one out", async () => {
    const doc = await readDocx(await buildDecisionDocx(data));
    const row = rowOf(doc, "Ban Tuyên giáo Tỉnh ủy")!;
    expect(doc.paragraphs.filter((_, i) => doc.rows[i] === row)).toEqual(["1", "Ban Tuyên giáo Tỉnh ủy", "Bằng khen của Chủ tịch UBND tỉnh"]);
    expect(doc.paragraphs).not.toContain("Ban Dân vận Tỉnh ủy");
    expect(doc.paragraphs.some((t) => t.startsWith("Điều 1.") && t.includes("cho 2 tập thể, cá nhân"))).toBe(true);
  });

  it("signs with the authority's title and the recorded signer, Nơi nhận beside, in one row that does not break", async () => {
    const doc = await readDocx(await buildDecisionDocx(data));
    const row = rowOf(doc, "CHỦ TỊCH");
    expect(row).toContain("<w:cantSplit/>");
    for (const t of ["(Đã ký)", "Nguyễn Văn Bình", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."]) expect(rowOf(doc, t)).toBe(row);
  });

  it("marks a cancelled decision and says when and why", async () => {
    const p = (await readDocx(await buildDecisionDocx({ ...data, cancelled: { on: "2027-05-02", reason: "Sai đối tượng", ref: "Quyết định số 200/QĐ-UBND" } })))
      .paragraphs;
    expect(p).toContain("QUYẾT ĐỊNH ĐÃ BỊ HỦY");
    expect(p).toContain("(Quyết định này đã bị hủy ngày 02/05/2027 theo Quyết định số 200/QĐ-UBND; lý do: Sai đối tượng.)");
  });

  it("uses the Party format for a Party committee and the bloc's header for its head agency", async () => {
    const party = await readDocx(
      await buildDecisionDocx({ ...data, authorityKind: "PARTY_COMMITTEE", authorityName: "Ban Thường vụ Tỉnh ủy", number: "45-QĐ/TU" }),
    );
    expect(party.paragraphs.slice(0, 3)).toEqual(["TỈNH ỦY KON TUM", "*", "Số 45-QĐ/TU"]);
    expect(party.paragraphs).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(party.paragraphs).toContain("T/M BAN THƯỜNG VỤ");
    expect(decisionAuthority({ ...data, authorityKind: "BLOC_HEAD_AGENCY", authorityName: "Ban Tổ chức Trung ương (Khối trưởng)" })).toMatchObject({
      isParty: true,
      issuer: ["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH", "Ban Tổ chức Trung ương"],
      signer: ["TM. KHỐI THI ĐUA", "TRƯỞNG KHỐI"],
    });
    expect(decisionAuthority({ ...data, authorityKind: "PRIME_MINISTER", authorityName: "Thủ tướng Chính phủ" })).toMatchObject({
      isParty: false,
      issuer: ["Thủ tướng Chính phủ"],
      place: "Hà Nội",
    });
  });
});
