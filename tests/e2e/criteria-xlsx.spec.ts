import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, useWorld } from "./fixtures";

/**
 * Criteria tables as .xlsx (docs/domain/scoring.md#table-locking): the secretary of a live bloc (this spec's own, built like
 * Cần Thơ's live year, tests/e2e/worlds.ts) downloads the year's locked table, a broken copy is
 * refused with the row named and nothing written, and the file imported back becomes version 2
 * with the reason (self-scoring is open, so the table is locked).
 */
const world = useWorld("criteria-xlsx");

test("criteria: export to .xlsx, a broken import is refused, the import makes a new version", async ({ page, signIn }, testInfo) => {
  const { bloc, year, secretary } = world();
  await signIn(secretary);
  await page.goto(`/khoi/${bloc}/${year}/cham-diem/tieu-chi`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải xuống .xlsx" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^bang-tieu-chi-${bloc}-${year}-v1\\.xlsx$`));
  const original = testInfo.outputPath("bang-tieu-chi.xlsx");
  await download.saveAs(original);

  // The workbook holds the table's criteria, code by code.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(original);
  const sheet = book.getWorksheet("Tiêu chí")!;
  const codes: string[] = [];
  sheet.eachRow((row) => codes.push(String(row.getCell(1).value ?? "")));
  expect(codes).toEqual(expect.arrayContaining(["I", "1", "2", "+2a", "-5", "LT4"]));

  // A copy whose criterion 2 claims 99 points breaks the group's maximum: refused before any
  // confirmation is asked for, nothing written.
  const broken = testInfo.outputPath("hong.xlsx");
  sheet.eachRow((row) => {
    if (row.getCell(1).value === "2") row.getCell(5).value = 99;
  });
  await book.xlsx.writeFile(broken);
  const fill = async (file: string) => {
    await page.getByLabel("Tệp bảng tiêu chí (.xlsx)").setInputFiles(file);
    await page.getByLabel("Lý do thay đổi").fill("Kiểm thử: cập nhật bảng tiêu chí từ tệp Excel của Thành ủy.");
    await page.getByRole("button", { name: "Nhập từ tệp .xlsx" }).click();
  };
  await fill(broken);
  await expect(page.getByTestId("import-errors")).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByText(/phiên bản 2/)).toHaveCount(0);

  await fill(original);
  await page.getByRole("dialog").getByRole("button", { name: "Nhập tệp" }).click();
  await expect(page.getByText(/Đã nhập \d+ tiêu chí từ tệp thành phiên bản 2 của bảng\./)).toBeVisible();
  expect(fs.existsSync(original)).toBe(true);
});
