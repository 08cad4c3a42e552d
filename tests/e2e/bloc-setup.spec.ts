import ExcelJS from "exceljs";
import { expect, test, useWorld } from "./fixtures";

/**
 * The set-up pages as their users use them: council staff create a
 * bloc; the secretary adds a member, is refused an overlapping head term,
 * and sets the year's programme; the chair reads the audit log; the
 * mid-year review matrix exports to .xlsx. The writes go to this spec's own
 * live bloc (tests/e2e/worlds.ts) and a bloc code of its own; Cần Thơ 2021 is only read.
 */
const world = useWorld("bloc-setup");
const year = () => `/khoi/${world().live.bloc}/${world().live.year}`;

test("council staff create a bloc and land on its members page", async ({ page, signIn }) => {
  const code = `E2E-KHOI-${world().id}`;
  await signIn("admin@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/); // council staff land on their blocs list
  await page.getByRole("link", { name: "Lập khối mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập khối, cụm thi đua mới" })).toBeVisible();
  await page.getByLabel("Mã khối").fill(code);
  await page.getByLabel("Tên khối").fill("Khối thi đua thử nghiệm các cơ quan Đảng");
  await page.getByLabel("Cấp").selectOption("CENTRAL");
  await page.getByLabel("Cơ quan tổ chức, theo dõi khối").fill("Hội đồng Thi đua – Khen thưởng Trung ương");
  await page.getByRole("button", { name: "Lập khối" }).click();
  await expect(page).toHaveURL(new RegExp(`/khoi/${code}/\\d{4}/thiet-lap/thanh-vien$`));
  await expect(page.getByRole("heading", { level: 1, name: "Khối thi đua thử nghiệm các cơ quan Đảng" })).toBeVisible();
});

test("the secretary adds a member, and an overlapping head term is refused with the clash named", async ({ page, signIn }) => {
  const { live } = world();
  await signIn(live.secretary);
  await page.goto(`${year()}/thiet-lap/thanh-vien`);
  const add = page.getByRole("region", { name: "Thêm cơ quan thành viên" });
  await add.getByLabel("Tên cơ quan mới").fill("Báo Cần Thơ");
  await add.getByLabel("Loại cơ quan").selectOption({ label: "Báo" });
  await add.getByRole("button", { name: "Thêm vào danh sách" }).click();
  const count = Object.keys(live.member).length + 1;
  await expect(page.getByRole("region", { name: new RegExp(`Cơ quan thành viên năm ${live.year} \\(${count}\\)`) })).toContainText("Báo Cần Thơ");

  await page.goto(`${year()}/thiet-lap/truong-khoi`);
  const form = page.getByRole("region", { name: "Ghi nhận nhiệm kỳ mới" });
  await form.getByLabel("Chức danh").selectOption("HEAD");
  await form.getByLabel(new RegExp(`^Cơ quan \\(thành viên năm ${live.year}\\)`)).selectOption({ label: live.member.BTC! });
  await form.getByLabel("Bắt đầu nhiệm kỳ").fill(`${live.year}-06-01`);
  await form.getByLabel("Kết thúc nhiệm kỳ").fill(`${live.year}-12-31`);
  await form.getByRole("button", { name: "Ghi nhận nhiệm kỳ" }).click();
  await expect(form).toContainText(live.head);
});

test("the secretary sets the year's programme and the chair reads it in the audit log", async ({ page, signIn }) => {
  const { live } = world();
  await signIn(live.secretary);
  await page.goto(`${year()}/thiet-lap/chuong-trinh`);
  await page.getByLabel("Chủ đề thi đua").fill("Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả");
  await page.getByRole("button", { name: "Lưu chương trình" }).click();
  await expect(page.getByRole("status")).toBeVisible();

  await signIn(live.chair);
  await page.goto(`${year()}/nhat-ky`);
  await expect(page.getByRole("table")).toContainText("Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả");
  // The secretary may not read the audit log.
  await signIn(live.secretary);
  expect((await page.goto(`${year()}/nhat-ky`))?.status()).toBe(404);
});

test("the mid-year review matrix of a signed pledge exports to .xlsx", async ({ page, signIn }) => {
  await signIn("thuky.cantho@thiduakhoi.vn");
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
