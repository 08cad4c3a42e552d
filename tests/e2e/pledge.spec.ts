import fs from "node:fs";
import JSZip from "jszip";
import { KON_TUM_2024_COMMITMENTS, KON_TUM_2024_PLEDGE_TITLE } from "../../prisma/seed/kon-tum-pledge-2024";
import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * The pledge (docs/domain/yearly-cycle.md#pledge): the secretary builds the Kon Tum bloc's 2024 pledge from seed
 * 001's six commitments, records the nine signatures (one with a scan; a
 * renamed non-PDF is refused), the pledge locks, and the .docx contains the
 * commitments and the signature table. The bloc is this spec's own copy of the seeded Kon Tum
 * bloc (tests/e2e/worlds.ts).
 */
const world = useWorld("pledge");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The text of a .docx body: tags dropped, entities decoded, runs joined. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml
    .replace(/<w:tab\/>/g, " ")
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

test("the 2024 pledge is drafted, signed by all nine members, locks, and downloads as .docx", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2024`;
  const PAGE = `${BASE}/dang-ky/giao-uoc`;
  await signIn(w.chair);
  await reopenPhase(page, BASE, "PLEDGE_SIGNING", "2099-12-31", "Kiểm thử: ghi nhận lại giao ước năm 2024 trên phần mềm.");

  await signIn(w.secretary);
  await page.goto(PAGE);
  await page.getByLabel("Tiêu đề").fill(KON_TUM_2024_PLEDGE_TITLE);
  for (const [i, text] of KON_TUM_2024_COMMITMENTS.entries()) {
    const field = page.getByLabel(`Nội dung cam kết ${i + 1}`, { exact: true });
    if (!(await field.isVisible())) await page.getByRole("button", { name: "Thêm cam kết" }).click();
    await field.fill(text);
  }
  await page.getByRole("button", { name: "Lưu dự thảo" }).click();
  await expect(page.getByText("Đã lưu dự thảo giao ước.")).toBeVisible();

  await page.getByRole("button", { name: "Mở ký kết", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận mở ký kết" }).click();
  const signing = page.getByRole("region", { name: "Ghi nhận chữ ký" });
  await expect(signing.getByRole("group")).toHaveCount(9);

  // A file that only claims to be a PDF is refused by its content.
  const first = signing.getByRole("group").first();
  await first.getByLabel("Người ký").fill("Nguyễn Văn A");
  await first.getByLabel("Chức vụ").fill("Trưởng ban");
  await first.getByLabel("Ngày ký").fill("06/02/2024");
  await first.getByLabel(/Bản quét/).setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: Buffer.from("không phải PDF") });
  await first.getByRole("button", { name: "Ghi nhận chữ ký" }).click();
  await expect(first.getByRole("status")).toHaveText("Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).");

  for (let n = 0; n < 9; n++) {
    const group = signing.getByRole("group").first();
    const agency = (await group.locator("legend").innerText()).trim();
    await group.getByLabel("Người ký").fill(`Đại diện ${n + 1}`);
    await group.getByLabel("Chức vụ").fill("Thủ trưởng cơ quan");
    await group.getByLabel("Ngày ký").fill("2024-02-06");
    if (n === 0) await group.getByLabel(/Bản quét/).setInputFiles({ name: "chu-ky.pdf", mimeType: "application/pdf", buffer: PDF });
    await group.getByRole("button", { name: "Ghi nhận chữ ký" }).click();
    if (n < 8) await expect(signing.getByRole("group", { name: agency })).toHaveCount(0);
  }
  await expect(page.getByText(/Mọi cơ quan thành viên đã ký: giao ước đã khóa lúc/)).toBeVisible();
  await expect(page.getByText("Giao ước đã khóa và không sửa được.", { exact: false })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải .docx" }).click()]);
  const file = await download.path();
  const text = await docxText(file!);
  expect(text).toContain("GIAO ƯỚC THI ĐUA NĂM 2024");
  for (const commitment of KON_TUM_2024_COMMITMENTS) expect(text).toContain(commitment);
  for (let n = 1; n <= 9; n++) expect(text).toContain(`Đại diện ${n}`);
  for (const agency of ["Ban Tổ chức Tỉnh ủy Kon Tum", "Trường Chính trị tỉnh Kon Tum", "Văn phòng Tỉnh ủy Kon Tum"]) expect(text).toContain(agency);

  // The print view is the same document: header, place and signing day, every member's row.
  await page.getByRole("link", { name: "Bản in" }).click();
  const sheet = page.getByRole("article");
  await expect(sheet.getByRole("heading", { level: 1 })).toHaveText("GIAO ƯỚC THI ĐUA NĂM 2024");
  await expect(sheet).toContainText("ĐẢNG CỘNG SẢN VIỆT NAM");
  await expect(sheet).toContainText(/Kon Tum.*, ngày 06 tháng 02 năm 2024/);
  await expect(sheet.getByRole("row")).toHaveCount(10);
  await expect(sheet.getByRole("row", { name: /Ban Tổ chức Tỉnh ủy Kon Tum/ })).toContainText("06/02/2024");
});
