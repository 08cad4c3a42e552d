import type { Locator, Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";
import { EVIDENCE_ROW, SIXTY } from "./sixty-criteria";

/**
 * The self-scoring sheet as one form, on a 60-criterion table (tests/e2e/sixty-criteria.ts): a
 * leader fills every row by typing and choosing, attaches the evidence the table requires, and
 * saves and submits with three clicks in all — one "Lưu", "Nộp" and its confirmation — never a
 * save per row. A pause in typing saves a draft on its own; an oversized file is refused before
 * it is sent; the bonus, penalty and gate rows stay empty, which means none.
 */
const world = useWorld("self-scoring-sheet");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

const sheetRow = (page: Page, code: string) => page.getByRole("group", { name: `Tiêu chí ${code}`, exact: true });

/** Fills one scored row by its type, the way a person does: pick a level or an answer, or type. */
async function fillRow(row: Locator, i: number) {
  if (i <= 8) {
    const select = row.getByLabel("Mức đạt");
    // Graded rows: "Hoàn thành tốt" (order 2); yes/no rows: "Có" (1).
    await select.selectOption(i <= 4 ? "2" : "1");
  } else if (i <= 10) {
    await row.getByLabel("Kết quả thực hiện").fill("95");
    await row.getByLabel("Chỉ tiêu").fill("100");
  } else {
    await row.getByLabel("Số lượng").fill("2");
  }
}

test("self-scoring: a 60-criterion sheet filled, saved once and submitted without a per-row save", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();
  await signIn(w.leader);
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham`);
  const form = page.getByRole("form", { name: "Bảng tự chấm" });
  await expect(form.getByText("Đã chấm 0/60 tiêu chí")).toBeVisible();
  // One button saves the sheet; no row has a save button of its own.
  await expect(form.getByRole("button", { name: /^Lưu/ })).toHaveCount(1);
  // What is missing is listed at the top (folded: 65 lines), each line a link to its row.
  await page.getByText("Còn 65 mục cần bổ sung trước khi nộp (theo dữ liệu đã lưu): xem danh sách").first().click();
  await page.getByRole("link", { name: "I.1 Tiêu chí I.1: chưa chấm điểm", exact: true }).click();
  await expect(page).toHaveURL(/#tc-.*-I\.1$/);

  // A file over 10 MB is refused as soon as it is chosen, before any upload.
  const big = sheetRow(page, "I.3");
  await big.getByLabel(/^Minh chứng/).setInputFiles({ name: "qua-lon.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(11 * 1024 * 1024, 0x25) });
  await expect(big.getByText(/qua-lon\.pdf: Tệp vượt quá 10 MB/)).toBeVisible();
  await expect(big.getByLabel(/^Minh chứng/)).toHaveValue("");

  // A pause in typing saves the draft on its own.
  await fillRow(sheetRow(page, "I.1"), 1);
  await expect(page.getByText("Đã lưu 1 tiêu chí.")).toBeVisible({ timeout: 15_000 });
  await expect(form.getByText("Đã chấm 1/60 tiêu chí")).toBeVisible();

  // Every group: jump to it from the list, fill its twelve rows, attach its evidence.
  for (const g of SIXTY.groups) {
    await page
      .getByRole("navigation", { name: "Đi tới nhóm tiêu chí" })
      .getByRole("link", { name: `${g}. Nhóm tiêu chí ${g}`, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`#tc-.*-${g}$`));
    for (let i = 1; i <= SIXTY.perGroup; i++) await fillRow(sheetRow(page, `${g}.${i}`), i);
    await sheetRow(page, `${g}.${EVIDENCE_ROW}`)
      .getByLabel(/^Minh chứng/)
      .setInputFiles({ name: `minh-chung-${g}.pdf`, mimeType: "application/pdf", buffer: PDF });
  }
  await expect(form.getByText("Đã chấm 60/60 tiêu chí")).toBeVisible();

  // Five files, each through the upload route, then the sixty rows' values: six requests.
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByText("Đã tải lên 5/5 tệp minh chứng")).toBeVisible({ timeout: 15_000 });
  for (const g of SIXTY.groups) await expect(page.getByRole("link", { name: `minh-chung-${g}.pdf` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Bảng đã đủ điều kiện để nộp.")).toBeVisible();

  await page.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nộp", exact: true }).click();
  await expect(page.getByTestId("submitted-banner")).toContainText(/^Đã nộp bảng tự chấm ngày \d\d\/\d\d\/\d{4}\./);
  await expect(page.getByText("Trạng thái: Đã nộp")).toBeVisible();
  // The sheet is read-only now: no save bar, no fields, what was typed shown as text.
  await expect(page.getByRole("button", { name: "Lưu bảng tự chấm" })).toHaveCount(0);
  await expect(page.getByLabel("Kết quả thực hiện")).toHaveCount(0);
  await expect(page.locator('li[id$="-V.9"]').getByTestId("entry-summary")).toContainText("Tự chấm:Kết quả 95 /");
});
