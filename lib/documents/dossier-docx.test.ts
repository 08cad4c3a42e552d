import { describe, expect, it } from "vitest";
import { TO_FILL } from "@/lib/domain/achievement-report";
import { dossierDocuments } from "@/lib/domain/dossier";
import type { DossierAgencyFacts, DossierEntry, DossierNominee } from "@/lib/domain/dossier-types";
import type { BlocLetterhead } from "@/lib/domain/official-document";
import { buildDossierDocx, dossierOfficialDoc, type Dossier } from "./dossier-docx";
import { conferenceMinutesDocument, voteMinutesDocument } from "./minutes-docx";
import { conferenceFixture, voteFixture } from "./minutes-fixtures";
import { readDocx, rowOf } from "./read-docx";

const nominee = (over: Partial<DossierNominee>): DossierNominee => ({
  id: "n",
  target: "COLLECTIVE",
  agencyId: "btg",
  agencyName: "Ban Tuyên giáo Tỉnh ủy",
  collectiveName: null,
  personName: null,
  personPosition: null,
  achievements: null,
  awardFormId: "co",
  awardFormCode: "CO_TINH",
  awardFormName: "Cờ thi đua của UBND tỉnh",
  awardFormIsFlag: true,
  awardFormOrder: 1,
  authorityName: "Chủ tịch UBND tỉnh",
  authorityKind: "PROVINCE_CHAIR",
  priority: 1,
  ...over,
});

const FACTS: DossierAgencyFacts = {
  hasPartyOrganisation: true,
  hasMassOrganisations: true,
  result: { rank: 1, total: 97.5, bandLabel: "Hoàn thành xuất sắc nhiệm vụ", publicationVersion: 2 },
  registration: {
    status: "ACCEPTED",
    titles: ["Cờ thi đua của UBND tỉnh", "Tập thể lao động xuất sắc"],
    targets: [{ number: 1, text: "Đảng viên học tập nghị quyết", figure: "≥ 90%" }],
  },
  pledge: {
    signedOn: "2024-03-26",
    commitments: [
      { number: 1, text: "Tuyên truyền nghị quyết", figure: "≥ 12 tin bài", progress: { status: "ACHIEVED", value: 15 } },
      { number: 2, text: "Không để xảy ra vi phạm", figure: null, progress: null },
    ],
  },
  pastAwards: [
    award(2023, "Cờ thi đua của UBND tỉnh", true, { kind: "AGENCY" }, "12/QĐ-UBND", "2024-02-20"),
    award(2022, "Bằng khen của Chủ tịch UBND tỉnh", false, { kind: "AGENCY" }, "30/QĐ-UBND", "2023-03-01"),
    award(2022, "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", false, { kind: "PERSON", name: "Nguyễn Thị Hoa" }, "31/QĐ-UBND", "2023-03-02"),
  ],
};

function award(year: number, formName: string, isTitle: boolean, recipient: DossierAgencyFacts["pastAwards"][number]["recipient"], no: string, on: string) {
  return { year, formName, isTitle, recipient, decisionNumber: no, issuedOn: on, issuer: "Chủ tịch UBND tỉnh Kon Tum" };
}

function dossier(over: Partial<Dossier> = {}): Dossier {
  return {
    bloc: { name: "Khối các cơ quan Đảng tỉnh Kon Tum", kind: "KHOI", level: "PROVINCE", isParty: true, province: "Kon Tum" },
    year: 2024,
    theme: "Đoàn kết, sáng tạo",
    memberCount: 5,
    head: { agencyName: "Ban Tổ chức Tỉnh ủy", personName: "Trần Văn A" },
    nominees: [nominee({})],
    meeting: { heldOn: "2024-12-20" },
    voteMinutes: [],
    facts: { btg: FACTS },
    minutes: { conference: null, votes: [] },
    ...over,
  };
}

const reportOf = (d: Dossier, i = 0) => dossierDocuments(d).filter((e) => e.slug.startsWith("bao-cao-thanh-tich"))[i]!;
const read = async (d: Dossier, e: DossierEntry) => readDocx(await buildDossierDocx(d, e));

describe("achievement report, collective (Mẫu số 02, NĐ 98/2023)", () => {
  it("is the agency's own report under its governing body, titled by the award, in the form's sections, filled with its year", async () => {
    const d = dossier();
    const report = reportOf(d);
    expect(report.minutes).toBeUndefined();
    expect(!report.minutes && report.form).toBe("Mẫu số 02, Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP");
    const doc = await read(d, report);
    const p = doc.paragraphs;
    expect(p.slice(0, 3)).toEqual(["TỈNH ỦY KON TUM", "BAN TUYÊN GIÁO", "*"]);
    expect(p).toContain("Kon Tum, ngày … tháng … năm 2024");
    expect(p).toContain("BÁO CÁO THÀNH TÍCH");
    expect(p).toContain("ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM");
    const order = [
      "Ban Tuyên giáo Tỉnh ủy",
      "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
      "1. Đặc điểm, tình hình",
      "2. Chức năng, nhiệm vụ",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "1. Kết quả thực hiện nhiệm vụ, chỉ tiêu thi đua năm 2024",
      "2. Các giải pháp, biện pháp, nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng",
      "3. Việc thực hiện chủ trương, chính sách của Đảng, pháp luật của Nhà nước; công tác xây dựng Đảng, đoàn thể",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "1. Danh hiệu thi đua",
      "2. Hình thức khen thưởng",
    ].map((t) => p.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const text = p.join("\n");
    expect(text).toContain("97,5 điểm, xếp thứ 1/5 đơn vị, xếp loại Hoàn thành xuất sắc nhiệm vụ");
    expect(text).toContain("Đăng ký thi đua năm 2024: Cờ thi đua của UBND tỉnh; Tập thể lao động xuất sắc, với các chỉ tiêu:");
    expect(text).toContain("Ký giao ước thi đua năm 2024 của Khối các cơ quan Đảng tỉnh Kon Tum ngày 26/03/2024");
    expect(text).toContain("Hưởng ứng phong trào thi đua “Đoàn kết, sáng tạo” năm 2024");
    expect(text).toContain(`Các tổ chức đảng, đoàn thể (nếu không có tổ chức đảng, đoàn thể thì ghi rõ): ${TO_FILL}.`);
    // The registration's target with its comparator, the pledge's commitments with the agency's progress.
    expect(rowOf(doc, "Đảng viên học tập nghị quyết")).toContain("≥ 90%");
    expect(rowOf(doc, "Tuyên truyền nghị quyết")).toContain("Đã đạt (15)");
    expect(rowOf(doc, "Không để xảy ra vi phạm")).toContain("Chưa cập nhật");
  });

  it("lists titles and award forms in two tables with the decision's number, date and issuer; a person's award is not the agency's", async () => {
    const doc = await read(dossier(), reportOf(dossier()));
    const p = doc.paragraphs;
    const titles = p.indexOf("1. Danh hiệu thi đua");
    const forms = p.indexOf("2. Hình thức khen thưởng");
    const titleRow = rowOf(doc, "Quyết định số 12/QĐ-UBND ngày 20/02/2024 của Chủ tịch UBND tỉnh Kon Tum")!;
    expect(titleRow).toContain("2023");
    expect(titleRow).toContain("Cờ thi đua của UBND tỉnh");
    expect(p.indexOf("Quyết định số 12/QĐ-UBND ngày 20/02/2024 của Chủ tịch UBND tỉnh Kon Tum")).toBeGreaterThan(titles);
    expect(p.indexOf("Quyết định số 30/QĐ-UBND ngày 01/03/2023 của Chủ tịch UBND tỉnh Kon Tum")).toBeGreaterThan(forms);
    expect(p.join("\n")).not.toContain("31/QĐ-UBND");
  });

  it("keeps both signatures in one row that does not break: the superior's certification and the unit's head", async () => {
    const doc = await read(dossier(), reportOf(dossier()));
    const row = rowOf(doc, "THỦ TRƯỞNG ĐƠN VỊ");
    expect(row).toContain("<w:cantSplit/>");
    expect(rowOf(doc, "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN")).toBe(row);
    expect(rowOf(doc, "TRỰC TIẾP XÁC NHẬN, ĐÁNH GIÁ")).toBe(row);
    expect(doc.paragraphs).not.toContain("Nơi nhận:");
  });

  it("marks what is not stored instead of inventing it", async () => {
    const d = dossier({ facts: {} });
    const text = (await read(d, reportOf(d))).paragraphs.join("\n");
    expect(text).toContain("Khối các cơ quan Đảng tỉnh Kon Tum chưa công bố kết quả chấm điểm năm 2024.");
    expect(text).toContain("không có bản đăng ký thi đua năm 2024");
    expect(text).toContain(`Chưa có quyết định nào được ghi nhận trong khối; danh hiệu thi đua đã nhận (nếu có): ${TO_FILL}.`);
  });

  it("says so when the agency has no Party organisation or no mass organisations, from the register", async () => {
    const none = dossier({ facts: { btg: { ...FACTS, hasPartyOrganisation: false, hasMassOrganisations: false } } });
    const noneText = (await read(none, reportOf(none))).paragraphs.join("\n");
    expect(noneText).toContain("Cơ quan không có tổ chức đảng riêng và tổ chức đoàn thể.");
    expect(noneText).toContain("Cơ quan không có tổ chức đảng, đoàn thể riêng nên không có kết quả đánh giá, xếp loại tổ chức đảng, đoàn thể.");
    expect(noneText).not.toContain("nếu không có tổ chức đảng, đoàn thể thì ghi rõ");
    const noParty = dossier({ facts: { btg: { ...FACTS, hasPartyOrganisation: false } } });
    const noPartyText = (await read(noParty, reportOf(noParty))).paragraphs.join("\n");
    expect(noPartyText).toContain("Cơ quan không có tổ chức đảng riêng.");
    expect(noPartyText).toContain(`Các tổ chức đoàn thể: ${TO_FILL}.`);
    expect(noPartyText).toContain(`Kết quả đánh giá, xếp loại các tổ chức đoàn thể năm 2024: ${TO_FILL}.`);
  });
});

describe("achievement report by award and date", () => {
  it("proposing Cờ thi đua của Chính phủ after 01/07/2025 follows NĐ 152/2025's own report for it", async () => {
    const d = dossier({
      year: 2025,
      meeting: { heldOn: "2025-12-18" },
      nominees: [
        nominee({ awardFormCode: "CO_CP", awardFormName: "Cờ thi đua của Chính phủ", authorityKind: "PRIME_MINISTER", authorityName: "Thủ tướng Chính phủ" }),
      ],
    });
    const report = reportOf(d);
    expect(!report.minutes && report.form).toContain("Báo cáo thành tích đề nghị danh hiệu “Cờ thi đua của Chính phủ”");
    expect(!report.minutes && report.form).toContain("152/2025/NĐ-CP");
    const p = (await read(d, report)).paragraphs;
    expect(p).toContain("ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA CHÍNH PHỦ");
    expect(p).toContain("Kon Tum, ngày … tháng … năm 2025");
  });

  it("a Bằng khen in 2019 follows Mẫu số 01 of NĐ 91/2017", () => {
    const d = dossier({
      year: 2019,
      meeting: { heldOn: "2019-12-20" },
      nominees: [nominee({ awardFormCode: "BK_TINH", awardFormName: "Bằng khen của Chủ tịch UBND tỉnh", awardFormIsFlag: false })],
    });
    const report = reportOf(d);
    expect(!report.minutes && report.form).toBe("Mẫu số 01, Phụ lục ban hành kèm theo Nghị định số 91/2017/NĐ-CP");
    expect(report.subtitle).toBe("ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM");
  });

  it("an individual (Mẫu số 03 in 2024): the biography, the person's own awards, the person's and the head's signatures", async () => {
    const d = dossier({
      nominees: [
        nominee({
          target: "INDIVIDUAL",
          personName: "Nguyễn Thị Hoa",
          personPosition: "Phó Trưởng ban",
          achievements: "Chủ trì biên soạn 12 chuyên đề.",
          awardFormCode: "BK_TINH_CN",
          awardFormName: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
          awardFormIsFlag: false,
        }),
      ],
    });
    const report = reportOf(d);
    expect(!report.minutes && report.form).toBe("Mẫu số 03, Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP");
    const doc = await read(d, report);
    const p = doc.paragraphs;
    expect(p).toContain("ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM");
    expect(p).toContain("Nguyễn Thị Hoa, Phó Trưởng ban, Ban Tuyên giáo Tỉnh ủy");
    for (const t of [
      "I. SƠ LƯỢC LÝ LỊCH",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "1. Quyền hạn, nhiệm vụ được giao",
      "2. Thành tích đạt được năm 2024",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
    ])
      expect(p).toContain(t);
    expect(p).toContain("Họ và tên: Nguyễn Thị Hoa.");
    expect(p).toContain(`Ngày, tháng, năm sinh; giới tính; dân tộc: ${TO_FILL}.`);
    expect(p).toContain("Chức vụ (Đảng, chính quyền, đoàn thể): Phó Trưởng ban.");
    expect(p).toContain("Chủ trì biên soạn 12 chuyên đề.");
    const text = p.join("\n");
    expect(text).toContain("31/QĐ-UBND");
    expect(text).not.toContain("12/QĐ-UBND");
    const row = rowOf(doc, "NGƯỜI BÁO CÁO THÀNH TÍCH");
    expect(row).toContain("<w:cantSplit/>");
    expect(rowOf(doc, "Nguyễn Thị Hoa")).toBe(row);
    expect(rowOf(doc, "XÁC NHẬN, ĐỀ NGHỊ")).toBe(row);
  });
});

describe("the dossier's place line and minutes", () => {
  it("a central bloc's memo and reports are placed in Hà Nội", async () => {
    // Without a conference: the memo and the report are the documents the dossier places itself.
    const d = dossier({ meeting: null, bloc: { name: "Khối các cơ quan Đảng Trung ương", kind: "KHOI", level: "CENTRAL", isParty: true, province: null } });
    expect(dossierDocuments(d).map((e) => e.slug)).toEqual(["to-trinh", "bao-cao-thanh-tich-1"]);
    for (const e of dossierDocuments(d)) expect((await read(d, e)).paragraphs).toContain("Hà Nội, ngày … tháng … năm 2024");
  });

  it("draws the minutes with the standalone builders: number line and Nơi nhận included", async () => {
    const letterhead: BlocLetterhead = {
      blocName: "Khối các cơ quan Đảng tỉnh Kon Tum",
      blocKind: "KHOI",
      isParty: true,
      place: "Kon Tum",
      headAgencyName: "Ban Tổ chức Tỉnh ủy",
    };
    const conference = conferenceFixture(letterhead);
    const vote = voteFixture(letterhead);
    const d = dossier({ voteMinutes: [{ title: vote.purpose }], minutes: { conference, votes: [vote] } });
    const [, minutes, count] = dossierDocuments(d);
    expect(dossierOfficialDoc(d, minutes!)).toEqual(conferenceMinutesDocument(conference));
    expect(dossierOfficialDoc(d, count!)).toEqual(voteMinutesDocument(vote));
    for (const e of [minutes!, count!]) {
      const p = (await read(d, e)).paragraphs;
      expect(p).toContain("Số …-BB/…");
      expect(p).toContain("Nơi nhận:");
    }
  });

  it("prints the memo's and the minutes' numbers from the register instead of the blank line", async () => {
    const letterhead: BlocLetterhead = {
      blocName: "Khối các cơ quan Đảng tỉnh Kon Tum",
      blocKind: "KHOI",
      isParty: true,
      place: "Kon Tum",
      headAgencyName: null,
    };
    const conference = { ...conferenceFixture(letterhead), number: "3-BB/KTĐ" };
    const d = dossier({ memoNumber: "4-TTr/KTĐ", minutes: { conference, votes: [] } });
    const [memo, minutes] = dossierDocuments(d);
    const memoText = (await read(d, memo!)).paragraphs;
    expect(memoText).toContain("Số 4-TTr/KTĐ");
    expect(memoText).not.toContain("Số …-TTr/…");
    expect((await read(d, minutes!)).paragraphs).toContain("Số 3-BB/KTĐ");
    // Without a number the line stays to fill in.
    expect((await read(dossier(), dossierDocuments(dossier())[0]!)).paragraphs).toContain("Số …-TTr/…");
  });
});
