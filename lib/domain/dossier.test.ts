import { describe, expect, it } from "vitest";
import { dossierDocuments, nomineeName, nomineesByForm } from "./dossier";
import type { DocSpec, DossierData, DossierEntry, DossierNominee } from "./dossier-types";
import { asciiFileName, safeFileName } from "./file-names";

const nominee = (over: Partial<DossierNominee>): DossierNominee => ({
  id: "n",
  target: "COLLECTIVE",
  agencyId: "a1",
  agencyName: "Ban Tuyên giáo",
  collectiveName: null,
  personName: null,
  personPosition: null,
  achievements: null,
  awardFormId: "f1",
  awardFormCode: "CO_TINH",
  awardFormName: "Cờ thi đua",
  awardFormIsFlag: true,
  awardFormOrder: 1,
  authorityName: "Chủ tịch UBND tỉnh",
  authorityKind: "PROVINCE_CHAIR",
  priority: 0,
  ...over,
});

const data = (over: Partial<DossierData> = {}): DossierData => ({
  bloc: { name: "Khối các cơ quan Đảng", kind: "KHOI", level: "PROVINCE", isParty: true, province: "Cần Thơ" },
  year: 2026,
  theme: null,
  memberCount: 5,
  head: { agencyName: "Ban Tổ chức", personName: "Trần Văn A" },
  nominees: [],
  meeting: null,
  voteMinutes: [],
  facts: {},
  ...over,
});

/** A document the dossier writes itself (not minutes drawn by their own builder). */
function spec(entry: DossierEntry | undefined): DocSpec {
  if (!entry || entry.minutes) throw new Error("expected a written document");
  return entry;
}

describe("nomineeName", () => {
  it.each<[string, Partial<DossierNominee>, boolean, string]>([
    ["an agency", {}, false, "Ban Tuyên giáo"],
    ["a collective", { collectiveName: "Chi đoàn" }, false, "Chi đoàn (Ban Tuyên giáo)"],
    ["a person", { personName: "Lê B", personPosition: "Chuyên viên" }, false, "Lê B (Ban Tuyên giáo)"],
    ["a person with position", { personName: "Lê B", personPosition: "Chuyên viên" }, true, "Lê B, Chuyên viên (Ban Tuyên giáo)"],
  ])("%s", (_n, over, withPosition, expected) => expect(nomineeName(nominee(over), withPosition)).toBe(expected));
});

describe("nomineesByForm", () => {
  it("groups by catalogue order, then the chair's priority with 0 last, then name", () => {
    const groups = nomineesByForm([
      nominee({ id: "x", awardFormId: "f2", awardFormName: "Bằng khen", awardFormOrder: 2, agencyName: "Ban A", priority: 0 }),
      nominee({ id: "y", awardFormId: "f2", awardFormName: "Bằng khen", awardFormOrder: 2, agencyName: "Ban C", priority: 2 }),
      nominee({ id: "z", awardFormId: "f2", awardFormName: "Bằng khen", awardFormOrder: 2, agencyName: "Ban B", priority: 1 }),
      nominee({ id: "w", awardFormId: "f1", awardFormName: "Cờ thi đua", awardFormOrder: 1, agencyName: "Ban D", priority: 0 }),
    ]);
    expect(groups.map((g) => [g.formName, g.nominees.map((n) => n.id)])).toEqual([
      ["Cờ thi đua", ["w"]],
      ["Bằng khen", ["z", "y", "x"]],
    ]);
  });
});

describe("file names", () => {
  it.each([
    ["Biên bản: 1/2", "Biên bản- 1-2"],
    ["  a   b  ", "a b"],
  ])("safeFileName(%j) = %j", (input, expected) => expect(safeFileName(input)).toBe(expected));
  it.each([
    ["01 Tờ trình đề nghị khen thưởng năm 2026.docx", "01-To-trinh-de-nghi-khen-thuong-nam-2026.docx"],
    ["Đảng ủy (Khối).zip", "Dang-uy-Khoi.zip"],
  ])("asciiFileName(%j) = %j", (input, expected) => expect(asciiFileName(input)).toBe(expected));
});

describe("dossierDocuments", () => {
  it.each<[string, Partial<DossierData>, string[]]>([
    ["nothing when nothing was sent and no conference (a memo of 0 nominees proposes nothing)", {}, []],
    [
      "memo, minutes, vote minutes and a report per nominee",
      {
        nominees: [nominee({ id: "a" }), nominee({ id: "b", target: "INDIVIDUAL", personName: "Lê B", awardFormId: "f2", awardFormOrder: 2 })],
        meeting: { heldOn: "2026-12-20" },
        voteMinutes: [{ title: "Suy tôn" }],
      },
      ["to-trinh", "bien-ban-hoi-nghi", "bien-ban-kiem-phieu-1", "bao-cao-thanh-tich-1", "bao-cao-thanh-tich-2"],
    ],
  ])("%s", (_n, over, slugs) => expect(dossierDocuments(data(over)).map((d) => d.slug)).toEqual(slugs));

  it("names the minutes for the standalone builders, and each report by its nominee", () => {
    const docs = dossierDocuments(
      data({
        nominees: [nominee({ id: "a" })],
        meeting: { heldOn: "2026-12-20" },
        voteMinutes: [{ title: "Bình xét: Cờ thi đua" }],
      }),
    );
    expect(docs.map((d) => [d.minutes ?? null, d.fileName])).toEqual([
      [null, "01 Tờ trình đề nghị khen thưởng năm 2026.docx"],
      ["conference", "02 Biên bản hội nghị tổng kết năm 2026.docx"],
      ["vote", "03 Biên bản kiểm phiếu 1 - Bình xét- Cờ thi đua.docx"],
      [null, "04 Báo cáo thành tích 1 - Ban Tuyên giáo.docx"],
    ]);
  });

  it("counts collectives and individuals in the memo", () => {
    const memo = spec(
      dossierDocuments(
        data({
          nominees: [
            nominee({ id: "a" }),
            nominee({ id: "b", target: "INDIVIDUAL", personName: "Lê B" }),
            nominee({ id: "c", target: "INDIVIDUAL", personName: "Lê C" }),
          ],
        }),
      )[0],
    );
    expect(memo.blocks.some((b) => b.kind === "para" && b.text.includes("1 tập thể và 2 cá nhân"))).toBe(true);
  });
});

describe("the memo: addressee, channel and legal basis", () => {
  const text = (entry: DossierEntry | undefined) =>
    spec(entry)
      .blocks.map((b) => (b.kind === "table" ? b.rows.flat().join(" ") : b.text))
      .join("\n");
  const meeting = (heldOn: string) => ({ heldOn });

  it("a provincial bloc writes to the province's chair through the Sở Nội vụ, and the chair forwards the Prime Minister's forms", () => {
    const [memo] = dossierDocuments(
      data({
        bloc: { name: "Khối các cơ quan Đảng tỉnh Kon Tum", kind: "KHOI", level: "PROVINCE", isParty: true, province: "Kon Tum" },
        nominees: [
          nominee({ id: "a" }),
          nominee({
            id: "b",
            awardFormId: "cp",
            awardFormName: "Cờ thi đua của Chính phủ",
            awardFormOrder: 0,
            authorityKind: "PRIME_MINISTER",
            authorityName: "Thủ tướng Chính phủ",
          }),
        ],
      }),
    );
    const t = text(memo!);
    expect(t.split("\n")[0]).toBe("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kon Tum (qua Sở Nội vụ).");
    expect(t).toContain("Cấp quyết định: Thủ tướng Chính phủ, do Chủ tịch Ủy ban nhân dân tỉnh Kon Tum xem xét, trình.");
    expect(t).toContain("trình Thủ tướng Chính phủ khen thưởng các tập thể, cá nhân thuộc thẩm quyền của Thủ tướng Chính phủ./.");
    expect(spec(memo).recipients).toEqual(["- Như trên;", "- Các cơ quan thành viên khối;", "- Lưu Văn phòng."]);
  });

  it("the central bloc proposes Cờ thi đua của Chính phủ to the Prime Minister through the central board", () => {
    const [memo] = dossierDocuments(
      data({
        bloc: { name: "Khối các cơ quan Đảng Trung ương", kind: "KHOI", level: "CENTRAL", isParty: true, province: null },
        nominees: [
          nominee({ id: "a", awardFormId: "cp", awardFormOrder: 0, authorityKind: "PRIME_MINISTER", authorityName: "Thủ tướng Chính phủ" }),
          nominee({ id: "b", awardFormId: "bk", awardFormOrder: 1, authorityKind: "OTHER", authorityName: "Thủ trưởng ban, bộ, ngành Trung ương" }),
        ],
      }),
    );
    expect(text(memo!).split("\n").slice(0, 3)).toEqual([
      "Kính gửi:",
      "- Thủ tướng Chính phủ (qua Ban Thi đua – Khen thưởng Trung ương);",
      "- Thủ trưởng ban, bộ, ngành Trung ương.",
    ]);
    expect(text(memo!)).toContain("Kính đề nghị Thủ tướng Chính phủ, Thủ trưởng ban, bộ, ngành Trung ương xem xét, quyết định./.");
  });

  it.each([
    ["2019-12-20", "Căn cứ Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và năm 2013);", "91/2017/NĐ-CP"],
    ["2024-12-20", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "98/2023/NĐ-CP"],
    ["2025-12-20", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;", "152/2025/NĐ-CP"],
  ])("a memo issued after the conference of %s cites the instruments then in force", (heldOn, law, decree) => {
    const [memo] = dossierDocuments(data({ year: Number(heldOn.slice(0, 4)), nominees: [nominee({})], meeting: meeting(heldOn) }));
    expect(text(memo!)).toContain(law);
    expect(text(memo!)).toContain(decree);
  });
});
