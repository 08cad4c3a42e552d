import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { targetText } from "@/lib/domain/pledge";
import { buildPledgeDocx } from "./pledge-docx";
import type { PledgeDocData } from "./pledge-layout";

const data: PledgeDocData = {
  isParty: true,
  blocName: "Khối thi đua các cơ quan Đảng tỉnh Kon Tum",
  blocKind: "KHOI",
  place: "Kon Tum",
  signedOn: "2024-02-06",
  year: 2024,
  version: 1,
  title: "Giao ước thi đua năm 2024",
  statusMark: null,
  theme: "Đoàn kết, kỷ cương, sáng tạo",
  bases: ["Luật Thi đua, khen thưởng ngày 15/6/2022", "Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị"],
  commitments: [
    { number: 1, text: 'Tổ chức tuyên truyền "về tiếp tục đổi mới công tác thi đua-khen thưởng" & học tập', target: null },
    {
      number: 2,
      text: "Phấn đấu cán bộ, đảng viên hoàn thành tốt nhiệm vụ",
      target: targetText("PERCENT", 90, "% cán bộ đạt Lao động tiên tiến", "AT_LEAST"),
    },
    { number: 3, text: "Giảm hồ sơ giải quyết trễ hạn", target: targetText("NUMBER", 2, "hồ sơ trễ hạn", "AT_MOST") },
    { number: 4, text: "Tổ chức hội thao", target: targetText("NUMBER", 12, "môn thi đấu", "EXACTLY") },
  ],
  signers: [
    { agencyName: "Ban Tổ chức Tỉnh ủy Kon Tum", signerTitle: "Trưởng ban", signerName: "Nguyễn Đức Long", signedOn: "2024-02-06" },
    { agencyName: "Báo Kon Tum", signerTitle: null, signerName: null, signedOn: null },
  ],
};

async function documentText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("word/document.xml")!.async("string");
  // Join the text runs and undo XML escaping, so checks read like the page.
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\u0001");
  return text.replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

describe("buildPledgeDocx", () => {
  it("is a Word document whose text holds the header, title, bases, every commitment and every member", async () => {
    const buffer = await buildPledgeDocx(data);
    expect(buffer.subarray(0, 2).toString()).toBe("PK"); // a zip
    const text = await documentText(buffer);
    const pieces = [
      "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH KON TUM",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Kon Tum, ngày 06 tháng 02 năm 2024",
      "GIAO ƯỚC THI ĐUA NĂM 2024",
      "Chủ đề: “Đoàn kết, kỷ cương, sáng tạo”",
      "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;",
      "Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị.",
      ...data.commitments.map((c) => `${c.number}. ${c.text}`),
      "Chỉ tiêu: ≥ 90% cán bộ đạt Lao động tiên tiến.",
      "Chỉ tiêu: ≤ 2 hồ sơ trễ hạn.",
      "Chỉ tiêu: 12 môn thi đấu.",
      ...data.signers.map((s) => s.agencyName),
      "Nguyễn Đức Long",
      "06/02/2024",
    ];
    for (const p of pieces) expect(text, p).toContain(p);
    expect(text).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).not.toContain("DỰ THẢO");
  });

  it("gives an unsigned member a row without signer or day, in member order", async () => {
    const text = await documentText(await buildPledgeDocx(data));
    const rows = text.slice(text.indexOf("Ký tên"));
    expect(rows.indexOf("Ban Tổ chức Tỉnh ủy Kon Tum")).toBeLessThan(rows.indexOf("Báo Kon Tum"));
    const afterBao = rows.slice(rows.indexOf("Báo Kon Tum") + "Báo Kon Tum".length);
    expect(afterBao).not.toMatch(/\p{L}/u);
  });

  it("uses the State header for a non-Party bloc, marks a draft and leaves an unknown day to fill in", async () => {
    const text = await documentText(
      await buildPledgeDocx({ ...data, isParty: false, statusMark: "DỰ THẢO", signedOn: null, title: "Giao ước thi đua năm 2024 giữa các sở" }),
    );
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).not.toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(text).toContain("DỰ THẢO");
    expect(text).toContain("Kon Tum, ngày … tháng … năm 2024");
    expect(text).toContain("Giao ước thi đua năm 2024 giữa các sở");
  });
});
