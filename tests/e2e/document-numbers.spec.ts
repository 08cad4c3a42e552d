import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, useWorld } from "./fixtures";

/**
 * Numbers of the bloc's documents (docs/decisions/0044-document-numbers.md) on this spec's own copy
 * of Kon Tum 2023 (a Party bloc: "Số 1-TTr/KTĐ"): the chair gives the memo its number after the
 * confirmation, the secretary records the number the office gave the conference minutes and the
 * printed minutes show it, and the register lists both and downloads as .xlsx.
 */
const world = useWorld("document-numbers");
const YEAR = 2023;
const thisYear = () => Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
const today = () => new Intl.DateTimeFormat("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());

test("the chair numbers the memo, the secretary records the minutes' number, the register lists both", async ({ page, signIn }, testInfo) => {
  const w = world();
  await signIn(w.chair);
  await page.goto(`/khoi/${w.bloc}/${YEAR}/khen-thuong/ho-so`);
  const issue = page.getByRole("form", { name: "Cấp số cho tờ trình" });
  await issue.getByRole("button", { name: "Cấp số" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("không bao giờ được thu hồi");
  await dialog.getByRole("button", { name: "Cấp số" }).click();
  await expect(page.getByLabel("Số của tờ trình")).toContainText("Số, ký hiệu: 1-TTr/KTĐ");

  await signIn(w.secretary);
  await page.goto(`/khoi/${w.bloc}/${YEAR}/tong-ket/hoi-nghi/bien-ban`);
  await expect(page.getByText("Số …-BB/…")).toBeVisible();
  await page.getByText("Văn bản đã được văn thư cấp số ngoài ứng dụng? Ghi số đó").click();
  const record = page.getByRole("form", { name: "Ghi số do văn thư cấp cho biên bản hội nghị" });
  // A number of the bloc's own series is the app's to give: refused before any dialog opens.
  await record.getByLabel("Số, ký hiệu").fill("5-BB/KTĐ");
  await record.getByLabel("Ngày cấp số").fill(today());
  await record.getByRole("button", { name: "Ghi số" }).click();
  await expect(record.getByText(/thuộc sổ của khối/).first()).toBeVisible();
  await record.getByLabel("Số, ký hiệu").fill("Số 7-BB/VPTU");
  await record.getByRole("button", { name: "Ghi số" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ghi số" }).click();
  await expect(page.getByLabel("Số của biên bản hội nghị")).toContainText("7-BB/VPTU");
  await expect(page.getByText("Số 7-BB/VPTU", { exact: true })).toBeVisible();

  await page.goto(`/khoi/${w.bloc}/${YEAR}/so-van-ban`);
  const table = page.getByRole("table", { name: "Sổ đăng ký số văn bản" });
  await expect(table.getByRole("row", { name: /1-TTr\/KTĐ/ })).toContainText("Tờ trình đề nghị khen thưởng năm 2023");
  await expect(table.getByRole("row", { name: /7-BB\/VPTU/ })).toContainText("Ghi số do văn thư cấp");
  await page.getByLabel("Cơ quan ban hành (ký hiệu)").selectOption("VPTU");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(table.getByRole("row")).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải sổ (.xlsx)" }).click()]);
  const file = testInfo.outputPath("so-van-ban.xlsx");
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Sổ đăng ký số văn bản")!;
  expect(sheet.getCell(1, 1).value).toContain(`Sổ đăng ký số văn bản năm ${thisYear()}`);
  expect(sheet.getCell(5, 2).value).toBe("7-BB/VPTU");
});
