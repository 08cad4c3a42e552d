import fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expect, test, useWorld } from "./fixtures";

/**
 * The bloc's year-end report (docs/decisions/0032-year-end-report.md) on a live bloc of this spec's
 * own (eight members, its year in self-scoring, so not archived): the secretary writes the
 * assessment and next year's directions, downloads the .docx and finds the year's figures and the
 * text in it. Council staff of the bloc's province download the summary across blocs
 * (docs/decisions/0033-province-summary.md) as .xlsx and find the bloc in it.
 */
const world = useWorld("year-end-report");

const ASSESSMENT = "Các cơ quan thành viên đoàn kết, hoàn thành tốt nhiệm vụ (kiểm thử báo cáo).";
const DIRECTIONS = "Tiếp tục đổi mới nội dung, hình thức thi đua (kiểm thử báo cáo).";

/** The text of a .docx as a reader sees it: its paragraphs, one per line. */
async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")).join("\n");
}

test("the secretary writes the report's assessment and downloads it with the year's figures", async ({ page, signIn }, testInfo) => {
  const w = world();
  await signIn(w.secretary);
  await page.goto(`/khoi/${w.bloc}/${w.year}/tong-ket/bao-cao`);
  const form = page.getByRole("form", { name: "Phần đánh giá của báo cáo" });
  await form.getByLabel("Đánh giá chung").fill(ASSESSMENT);
  await form.getByLabel(`Phương hướng, nhiệm vụ năm ${w.year + 1}`).fill(DIRECTIONS);
  await form.getByRole("button", { name: "Lưu phần đánh giá" }).click();
  await expect(form.getByRole("status")).toHaveText("Đã lưu phần đánh giá của báo cáo tổng kết.");
  // The printable sheet is the same document: it shows the saved text at once.
  const sheet = page.getByRole("article", { name: "Báo cáo tổng kết" });
  await expect(sheet).toContainText(ASSESSMENT);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải báo cáo (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe(`Báo cáo tổng kết năm ${w.year} - ${w.blocName}.docx`);
  const file = testInfo.outputPath("bao-cao.docx");
  await download.saveAs(file);
  const text = await docxText(fs.readFileSync(file));
  const members = Object.values(w.member);
  expect(members).toHaveLength(8);
  expect(text).toContain(`Năm ${w.year}, ${w.blocName} có 8 cơ quan, đơn vị thành viên`);
  for (const name of members) expect(text).toContain(name);
  expect(text).toContain(`Khối trưởng: ${w.head}`);
  expect(text).toContain("0/8 cơ quan, đơn vị đã gửi đăng ký thi đua");
  expect(text).toContain(`Kết quả chấm điểm năm ${w.year} chưa được công bố.`);
  expect(text).toContain(`ĐÁNH GIÁ CHUNG\n${ASSESSMENT}`);
  expect(text).toContain(`NĂM ${w.year + 1}\n${DIRECTIONS}`);
});

test("council staff download the province summary .xlsx with the province's blocs", async ({ page, signIn }, testInfo) => {
  const w = world();
  await signIn(w.council);
  await page.goto(`/quan-tri/bao-cao?nam=${w.year}`);
  const table = page.getByRole("table", { name: `Tổng hợp các khối, cụm thi đua năm ${w.year}` });
  await expect(table.getByRole("row", { name: new RegExp(w.blocName) })).toContainText("8");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
  const file = testInfo.outputPath("tong-hop.xlsx");
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: unknown[][] = [];
  book.getWorksheet("Tổng hợp các khối")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const bloc = rows.find((r) => r[1] === w.blocName);
  expect(bloc?.slice(0, 5)).toEqual([1, w.blocName, w.bloc, 8, 0]);
});
