import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { LIVE_YEAR, signIn } from "./helpers";

/**
 * The set-up pages as their users use them: council staff create a
 * bloc; the secretary adds a member, is refused an overlapping head term,
 * and sets the year's programme; the chair reads the audit log; the
 * mid-year review matrix exports to .xlsx.
 */
const CT = `/khoi/CT-CQD/${LIVE_YEAR}`;

test("council staff create a bloc and land on its members page", async ({ page }) => {
  await signIn(page, "admin@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/); // council staff land on their blocs list
  await page.getByRole("link", { name: "Lập khối mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập khối, cụm thi đua mới" })).toBeVisible();
  await page.getByLabel("Mã khối").fill("E2E-KHOI");
  await page.getByLabel("Tên khối").fill("Khối thi đua thử nghiệm các cơ quan Đảng");
  await page.getByLabel("Cấp").selectOption("CENTRAL");
  await page.getByLabel("Cơ quan tổ chức, theo dõi khối").fill("Hội đồng Thi đua – Khen thưởng Trung ương");
  await page.getByRole("button", { name: "Lập khối" }).click();
  await expect(page).toHaveURL(/\/khoi\/E2E-KHOI\/\d{4}\/thiet-lap\/thanh-vien$/);
  await expect(page.getByRole("heading", { level: 1, name: "Khối thi đua thử nghiệm các cơ quan Đảng" })).toBeVisible();
});

test("the secretary adds a member, and an overlapping head term is refused with the clash named", async ({ page }) => {
  await signIn(page, "thuky.cantho@thiduakhoi.vn");
  await page.goto(`${CT}/thiet-lap/thanh-vien`);
  const add = page.getByRole("region", { name: "Thêm cơ quan thành viên" });
  await add.getByLabel("Tên cơ quan mới").fill("Báo Cần Thơ");
  await add.getByLabel("Loại cơ quan").selectOption({ label: "Báo" });
  await add.getByRole("button", { name: "Thêm vào danh sách" }).click();
  await expect(page.getByRole("region", { name: new RegExp(`Cơ quan thành viên năm ${LIVE_YEAR} \\(6\\)`) })).toContainText("Báo Cần Thơ");

  await page.goto(`${CT}/thiet-lap/truong-khoi`);
  const form = page.getByRole("region", { name: "Ghi nhận nhiệm kỳ mới" });
  await form.getByLabel("Chức danh").selectOption("HEAD");
  await form.getByLabel(new RegExp(`^Cơ quan \\(thành viên năm ${LIVE_YEAR}\\)`)).selectOption({ label: "Ban Tổ chức Thành ủy Cần Thơ" });
  await form.getByLabel("Bắt đầu nhiệm kỳ").fill(`${LIVE_YEAR}-06-01`);
  await form.getByLabel("Kết thúc nhiệm kỳ").fill(`${LIVE_YEAR}-12-31`);
  await form.getByRole("button", { name: "Ghi nhận nhiệm kỳ" }).click();
  await expect(form).toContainText("Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ");
});

test("the secretary sets the year's programme and the chair reads it in the audit log", async ({ page }) => {
  await signIn(page, "thuky.cantho@thiduakhoi.vn");
  await page.goto(`${CT}/thiet-lap/chuong-trinh`);
  await page.getByLabel("Chủ đề thi đua").fill("Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả");
  await page.getByRole("button", { name: "Lưu chương trình" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  await signIn(page, "truongkhoi.cantho@thiduakhoi.vn");
  await page.goto(`${CT}/nhat-ky`);
  await expect(page.getByRole("table")).toContainText("Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả");
  // The secretary may not read the audit log.
  await signIn(page, "thuky.cantho@thiduakhoi.vn");
  expect((await page.goto(`${CT}/nhat-ky`))?.status()).toBe(404);
});

test("the mid-year review matrix of a signed pledge exports to .xlsx", async ({ page }) => {
  await signIn(page, "thuky.cantho@thiduakhoi.vn");
  await page.goto("/khoi/CT-CQD/2021/dang-ky/so-ket");
  await expect(page.getByRole("table").first()).toContainText("Ban Tuyên giáo Thành ủy Cần Thơ");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel (.xlsx)" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.getWorksheet("Sơ kết 6 tháng");
  expect(sheet).toBeDefined();
  const cells: string[] = [];
  sheet!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
  expect(cells.join(" | ")).toContain("Ban Nội chính Thành ủy Cần Thơ");
});
