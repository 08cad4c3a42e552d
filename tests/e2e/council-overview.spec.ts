import ExcelJS from "exceljs";
import { expect, test, useWorld } from "./fixtures";

/**
 * The council's overview (docs/decisions/0031-council-overview.md): council staff of "Hà Tĩnh"
 * (this spec's own province, tests/e2e/overview-world.ts) open it from the navigation, see each
 * bloc with its phase and the late items the data holds, filter it, export it as .xlsx, see the
 * Cờ thi đua của Chính phủ proposals over the council's cap flagged, and open a bloc from it.
 */
// One scenario in order: the second test raises the cap the first one's workbook shows.
test.describe.configure({ mode: "serial" });

const world = useWorld("council-overview");

test("council staff see the overview of their province with the late items its data holds, and export it", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.staff);
  await page.getByRole("navigation", { name: "Điều hướng chính" }).first().getByRole("link", { name: "Tổng quan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Tổng quan các khối — ${w.province}, năm ${w.year}`);

  const party = page.getByTestId(`overview-row-${w.party.code}`);
  await expect(party.getByText("4 việc trễ hạn")).toBeVisible();
  await expect(party.getByText("Năm đã kết thúc")).toBeVisible();
  await expect(party.getByText("Chưa ghi nhận hội nghị tổng kết.")).toBeVisible();
  await party.getByText("2 cơ quan trễ hạn").click();
  const ubkt = party.getByRole("listitem").filter({ hasText: "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh" }).first();
  await expect(ubkt).toContainText("Chưa gửi bản đăng ký thi đua.");
  await expect(ubkt).toContainText("Chưa ký giao ước thi đua.");
  await expect(party.getByRole("listitem").filter({ hasText: "Văn phòng Tỉnh ủy Hà Tĩnh" }).first()).toContainText("Chưa nộp bảng tự chấm điểm.");
  await expect(party).not.toContainText("Ban Tổ chức Tỉnh ủy Hà Tĩnh");

  const justice = page.getByTestId(`overview-row-${w.justice.code}`);
  await expect(justice.getByRole("cell").nth(0)).toHaveText("Đăng ký thi đua");
  await expect(justice.getByText("Không có", { exact: true })).toBeVisible();

  // Only late blocs: the justice bloc goes; the address keeps the filter.
  await page.getByLabel("Chỉ khối có việc trễ hạn").check();
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/tre-han=1/);
  await expect(page.getByTestId(`overview-row-${w.justice.code}`)).toHaveCount(0);
  await expect(page.getByTestId(`overview-row-${w.party.code}`)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Xuất Excel (.xlsx)" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const blocs = workbook.getWorksheet("Các khối")!;
  expect(blocs.getCell(2, 1).value).toContain("Bộ lọc: chỉ khối có việc trễ hạn");
  expect(blocs.getCell(4, 2).value).toBe(w.party.name);
  expect(blocs.getCell(4, 6).value).toBe(4);
  expect(blocs.getCell(5, 2).value).toBeNull();
  const late = workbook.getWorksheet("Trễ hạn")!;
  const lateRows = [4, 5, 6, 7].map((r) => [late.getCell(r, 2).value, late.getCell(r, 4).value]);
  expect(lateRows).toEqual([
    ["(Khối)", "Chưa ghi nhận hội nghị tổng kết."],
    ["Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "Chưa gửi bản đăng ký thi đua."],
    ["Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh", "Chưa ký giao ước thi đua."],
    ["Văn phòng Tỉnh ủy Hà Tĩnh", "Chưa nộp bảng tự chấm điểm."],
  ]);
  const coCp = workbook.getWorksheet("Cờ thi đua Chính phủ")!;
  expect([4, 5, 6].map((r) => [coCp.getCell(r, 2).value, coCp.getCell(r, 5).value])).toEqual([
    ["Ban Tổ chức Tỉnh ủy Hà Tĩnh", "Trong chỉ tiêu"],
    ["Công an tỉnh Hà Tĩnh", "Vượt chỉ tiêu"],
    ["Văn phòng Tỉnh ủy Hà Tĩnh", "Vượt chỉ tiêu"],
  ]);
});

test("a Cờ thi đua của Chính phủ proposal over the council's cap is flagged, until the cap is raised", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.staff);
  await page.goto("/tong-quan");
  const cap = page.getByRole("region", { name: "Cờ thi đua của Chính phủ: chỉ tiêu chung các khối" });
  await expect(cap).toContainText("50% của 2 đơn vị dẫn đầu = 1 → tối đa 1");
  const proposals = cap.getByRole("row");
  await expect(proposals.filter({ hasText: "Ban Tổ chức Tỉnh ủy Hà Tĩnh" })).toContainText("Trong chỉ tiêu");
  await expect(proposals.filter({ hasText: "Công an tỉnh Hà Tĩnh" })).toContainText("Vượt chỉ tiêu");
  const office = proposals.filter({ hasText: "Văn phòng Tỉnh ủy Hà Tĩnh" });
  await expect(office).toContainText("Vượt chỉ tiêu");
  await expect(office).toContainText("Không phải đơn vị được suy tôn dẫn đầu khối");

  await cap.getByLabel("Tỷ lệ tối đa (% số đơn vị dẫn đầu)").fill("100");
  await cap.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(cap.getByText(`Đã lưu chỉ tiêu Cờ thi đua của Chính phủ năm ${w.year}.`)).toBeVisible();
  await expect(cap).toContainText("100% của 2 đơn vị dẫn đầu = 2 → tối đa 2");
  await expect(proposals.filter({ hasText: "Công an tỉnh Hà Tĩnh" })).toContainText("Trong chỉ tiêu");
  await expect(office).toContainText("Vượt chỉ tiêu");
});

test("a bloc opens from the overview", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.staff);
  await page.goto("/tong-quan");
  await page.getByRole("link", { name: w.party.name }).click();
  await expect(page).toHaveURL(new RegExp(`/khoi/${w.party.code}/${w.year}$`));
  await expect(page.getByText(w.party.name).first()).toBeVisible();
});
