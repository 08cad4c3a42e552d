import ExcelJS from "exceljs";
import { expect, LIVE_YEAR, test, useWorld } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * A council starts from nothing the seed knows: the system administrator gives Lào Cai (no seeded
 * blocs or accounts) its council staff; they create the province's Party bloc, a past year and the
 * current year with ten agencies, import the secretary, the chair and ten leaders from .xlsx, and
 * name the head and deputy. A leader signs in with the temporary password, must choose a new one and
 * lands on the bloc's current year; once deactivated, their next click is refused. Council staff of
 * another province get 404 on all of it. One scenario in order: each step needs the previous one.
 * "Lào Cai" is this spec's own province (tests/e2e/worlds.ts), named "Lào Cai (kiểm thử <id>)";
 * the bloc code and the e-mails carry the same id, so a second run starts from nothing again.
 */
test.describe.configure({ mode: "serial" });

const world = useWorld("council-rollout");
// Set from the world once it is built (this beforeAll runs after useWorld's).
let BLOC = "";
let STAFF = "";
let YEAR = "";
let PROVINCE = "";
const email = (local: string) => `${local}.${world().id.toLowerCase()}@e2e.thiduakhoi.vn`;
test.beforeAll(() => {
  BLOC = `LC-${world().id}`;
  STAFF = email("hoidong.laocai");
  YEAR = `/khoi/${BLOC}/${LIVE_YEAR}`;
  PROVINCE = world().province;
});
const BLOC_NAME = "Khối thi đua các cơ quan Đảng tỉnh Lào Cai";
const STAFF_PASSWORD = "Fansipan#Sapa-2026";
const LEADER_PASSWORD = "Hoang-Lien-Son#3143";
// DEMO-like names for the test's own data; the agencies are typical Party agencies of a province.
const AGENCIES = [
  "Ban Tổ chức Tỉnh ủy Lào Cai",
  "Ủy ban Kiểm tra Tỉnh ủy Lào Cai",
  "Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai",
  "Ban Nội chính Tỉnh ủy Lào Cai",
  "Văn phòng Tỉnh ủy Lào Cai",
  "Đảng ủy các cơ quan Đảng tỉnh Lào Cai",
  "Báo và Phát thanh, Truyền hình Lào Cai",
  "Trường Chính trị tỉnh Lào Cai",
  "Ban Chính sách, chiến lược Tỉnh ủy Lào Cai",
  "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai",
];
let staffTemporary = "";
const leaders: { email: string; password: string; name: string }[] = [];
let leaderAccountUrl = "";

async function chooseNewPassword(page: Page, temporary: string, chosen: string) {
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await page.getByLabel("Mật khẩu tạm thời").fill(temporary);
  await page.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill(chosen);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(chosen);
  await page.getByRole("button", { name: "Đặt mật khẩu và tiếp tục" }).click();
}

test("the system administrator gives Lào Cai its council staff, who must set their own password", async ({ page, signIn }) => {
  await signIn("admin@thiduakhoi.vn");
  await page.getByRole("link", { name: "Quản trị" }).click();
  await page.goto("/quan-tri/tai-khoan/moi");
  await page.getByLabel("Họ và tên", { exact: true }).fill("Lò Thị Hoa");
  await page.getByLabel("Chức danh").fill("Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Lào Cai");
  await page.getByLabel("Email", { exact: true }).fill(STAFF);
  await page.getByLabel(/Tỉnh, thành phố quản lý tài khoản/).selectOption({ label: PROVINCE });
  await page.getByLabel("Vai trò", { exact: true }).selectOption({ label: "Cán bộ Hội đồng TĐKT" });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  staffTemporary = (await page.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(staffTemporary.length).toBeGreaterThanOrEqual(10);

  // The same e-mail again is a field message, and nothing is created.
  await page.goto("/quan-tri/tai-khoan/moi");
  await page.getByLabel("Họ và tên", { exact: true }).fill("Người khác");
  await page.getByLabel("Email", { exact: true }).fill(STAFF);
  await page.getByLabel(/Tỉnh, thành phố quản lý tài khoản/).selectOption({ label: PROVINCE });
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await expect(page.getByText(`Email ${STAFF} đã được dùng cho tài khoản khác.`)).toBeVisible();

  await signIn(STAFF, { password: staffTemporary });
  // Every page leads to the change of the temporary password; a weak one is refused on the server.
  await page.goto("/khoi");
  await expect(page).toHaveURL(/\/doi-mat-khau$/);
  await page.getByLabel("Mật khẩu tạm thời").fill(staffTemporary);
  await page.getByRole("textbox", { name: "Mật khẩu mới", exact: true }).fill("matkhau123");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("matkhau123");
  await page.getByRole("button", { name: "Đặt mật khẩu và tiếp tục" }).click();
  await expect(page.getByText("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.")).toBeVisible();
  await chooseNewPassword(page, staffTemporary, STAFF_PASSWORD);
  // Council staff land on their blocs: none yet.
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByText("Chưa có khối thi đua nào trong phạm vi của bạn.", { exact: false })).toBeVisible();
});

test("council staff create the bloc, ten member agencies and a past year", async ({ page, signIn }) => {
  await signIn(STAFF, { password: STAFF_PASSWORD });
  await page.getByRole("link", { name: "Lập khối mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập khối, cụm thi đua mới" })).toBeVisible();
  // Only their own province (and none other) is offered.
  await expect(page.getByLabel("Tỉnh, thành phố").locator("option", { hasText: "Cần Thơ" })).toHaveCount(0);
  await page.getByLabel("Mã khối").fill(BLOC);
  await page.getByLabel("Tên khối").fill(BLOC_NAME);
  await page.getByLabel("Tỉnh, thành phố").selectOption({ label: PROVINCE });
  await page.getByLabel("Cơ quan tổ chức, theo dõi khối").fill("Hội đồng Thi đua – Khen thưởng tỉnh Lào Cai");
  await page.getByRole("button", { name: "Lập khối" }).click();
  await expect(page).toHaveURL(new RegExp(`${YEAR}/thiet-lap/thanh-vien$`));

  const add = page.getByRole("region", { name: "Thêm cơ quan thành viên" });
  for (const [i, name] of AGENCIES.entries()) {
    await add.getByLabel("Tên cơ quan mới").fill(name);
    await add.getByLabel("Loại cơ quan").selectOption({ label: i === 6 ? "Báo" : i === 7 ? "Trường Chính trị" : "Ban Đảng" });
    await add.getByRole("button", { name: "Thêm vào danh sách" }).click();
    await expect(page.getByRole("region", { name: `Cơ quan thành viên năm ${LIVE_YEAR} (${i + 1})` })).toContainText(name);
  }

  // A past year, to record the bloc's history; the year already opened is refused on its field.
  await page.goto(`/khoi/${BLOC}`);
  await page.getByLabel(/Năm thi đua/).fill(String(LIVE_YEAR));
  await page.getByRole("button", { name: "Lập năm thi đua" }).click();
  await expect(page.getByText(`Năm thi đua ${LIVE_YEAR} của khối đã được lập`).first()).toBeVisible();
  await page.getByLabel(/Năm thi đua/).fill(String(LIVE_YEAR - 1));
  await page.getByRole("button", { name: "Lập năm thi đua" }).click();
  await expect(page).toHaveURL(new RegExp(`/khoi/${BLOC}/${LIVE_YEAR - 1}/thiet-lap/lich$`));
  await expect(page.getByRole("heading", { name: `Lịch các giai đoạn năm ${LIVE_YEAR - 1}` })).toBeVisible();
  await page.goto(`/khoi/${BLOC}`);
  await expect(page.getByRole("link", { name: `Năm ${LIVE_YEAR - 1}` })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Năm ${LIVE_YEAR}`) }).first()).toBeVisible();
});

test("council staff import the secretary, the chair and ten leaders from .xlsx, then name the head and deputy", async ({ page, signIn }, testInfo) => {
  await signIn(STAFF, { password: STAFF_PASSWORD });
  await page.goto("/quan-tri/tai-khoan/nhap-tu-tep");
  const download = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" }).click()]).then(([d]) => d);
  const template = testInfo.outputPath("mau.xlsx");
  await download.saveAs(template);
  const guide = new ExcelJS.Workbook();
  await guide.xlsx.readFile(template);

  // The guide lists the agency codes of the caller's scope: the ten new agencies.
  const codes = new Map<string, string>();
  guide.getWorksheet("Hướng dẫn")!.eachRow((row) => {
    const [code, name] = [row.getCell(1).text, row.getCell(2).text];
    if (AGENCIES.includes(name)) codes.set(name, code);
  });
  expect(codes.size).toBe(10);

  const rows: string[][] = [
    ["Vàng Thị Mai", "Chuyên viên, Thư ký Khối thi đua", email("thuky.laocai"), "0912 345 678", codes.get(AGENCIES[0])!, "Thư ký khối", BLOC],
    ["Hoàng Văn Sơn", "Phó Trưởng ban, đại diện Trưởng khối", email("truongkhoi.laocai"), "", codes.get(AGENCIES[0])!, "Trưởng khối", BLOC],
    ...AGENCIES.map((name, i) => [
      `Lãnh đạo ${i + 1} Lào Cai`,
      `Thủ trưởng ${name}`,
      email(`lanhdao${i + 1}.laocai`),
      "",
      codes.get(name)!,
      "Thủ trưởng cơ quan",
      "",
    ]),
  ];

  // First a broken file: one unknown bloc code. Errors name row and column; nothing is created.
  const broken = rows.map((r) => [...r]);
  broken[3]![6] = "KHONG-CO";
  broken[3]![5] = "Thư ký khối";
  const write = async (data: string[][], file: string) => {
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(template);
    const ws = copy.getWorksheet("Tài khoản")!;
    data.forEach((r, i) => (ws.getRow(i + 2).values = r));
    await copy.xlsx.writeFile(file);
    return file;
  };
  await page.getByLabel(/Tệp danh sách tài khoản/).setInputFiles(await write(broken, testInfo.outputPath("sai.xlsx")));
  await page.getByRole("button", { name: "Nhập từ tệp .xlsx" }).click();
  // Refused before any confirmation is asked for.
  await expect(page.getByTestId("import-errors")).toContainText("Dòng 5");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByTestId("import-errors")).toContainText("Mã khối");

  await page.getByLabel(/Tệp danh sách tài khoản/).setInputFiles(await write(rows, testInfo.outputPath("dung.xlsx")));
  await page.getByRole("button", { name: "Nhập từ tệp .xlsx" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nhập tệp" }).click();
  const passwords = page.getByTestId("temporary-password");
  await expect(passwords).toHaveCount(12);
  for (let i = 0; i < AGENCIES.length; i++) {
    leaders.push({ email: rows[i + 2]![2]!, name: rows[i + 2]![0]!, password: ((await passwords.nth(i + 2).textContent()) ?? "").trim() });
  }
  leaderAccountUrl = (await page.getByRole("link", { name: leaders[1]!.name }).getAttribute("href")) ?? "";
  expect(leaderAccountUrl).toMatch(/^\/quan-tri\/tai-khoan\//);

  // The bloc's page now shows its secretary and chair.
  await page.goto(`${YEAR}/thiet-lap/khoi`);
  const holders = page.getByRole("list", { name: "Người giữ vai trò trong khối" });
  await expect(holders).toContainText("Vàng Thị Mai");
  await expect(holders).toContainText("Hoàng Văn Sơn");

  // Head and deputy for the year.
  await page.goto(`${YEAR}/thiet-lap/truong-khoi`);
  const form = page.getByRole("region", { name: "Ghi nhận nhiệm kỳ mới" });
  for (const [role, agency] of [
    ["HEAD", AGENCIES[0]!],
    ["DEPUTY", AGENCIES[3]!],
  ] as const) {
    await form.getByLabel("Chức danh").selectOption(role);
    await form.getByLabel(new RegExp(`^Cơ quan \\(thành viên năm ${LIVE_YEAR}\\)`)).selectOption({ label: agency });
    await form.getByLabel("Bắt đầu nhiệm kỳ").fill(`${LIVE_YEAR}-01-01`);
    await form.getByLabel("Kết thúc nhiệm kỳ").fill(`${LIVE_YEAR}-12-31`);
    await form.getByRole("button", { name: "Ghi nhận nhiệm kỳ" }).click();
    await expect(page.getByRole("status").first()).toBeVisible();
  }
  await page.goto(YEAR);
  await expect(page.getByText(AGENCIES[0]!).first()).toBeVisible();
});

test("a leader signs in with the temporary password, sets a new one, lands on the current year; deactivated, the next click is refused", async ({
  browser,
  page,
  signIn,
}) => {
  const leader = leaders[1]!;
  // A second browser context (it inherits the project's base URL, locale and time zone).
  const leaderPage = await (await browser.newContext()).newPage();
  await signIn(leader.email, { password: leader.password, page: leaderPage });
  await chooseNewPassword(leaderPage, leader.password, LEADER_PASSWORD);
  await expect(leaderPage).toHaveURL(new RegExp(`${YEAR}$`));
  await expect(leaderPage.getByRole("heading", { level: 1, name: BLOC_NAME })).toBeVisible();
  await expect(leaderPage.getByText("Vai trò của bạn trong khối: Thủ trưởng cơ quan")).toBeVisible();

  // Council staff deactivate the account while the leader is signed in.
  await signIn(STAFF, { password: STAFF_PASSWORD });
  await page.goto(leaderAccountUrl);
  await page.getByRole("button", { name: "Cho ngừng hoạt động" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ngừng hoạt động" }).click();
  await expect(page.getByText("Ngừng hoạt động", { exact: false }).first()).toBeVisible();

  await leaderPage.getByRole("link", { name: "Thiết lập" }).first().click();
  await expect(leaderPage).toHaveURL(/\/login/);
  // And signing in again is refused like a wrong password.
  await signIn(leader.email, { password: LEADER_PASSWORD, page: leaderPage, here: true, signedIn: false });
  await expect(leaderPage.locator("#login-error")).toHaveText("Email hoặc mật khẩu không đúng.");
  await leaderPage.context().close();
});

test("council staff of another province get 404 on all of it", async ({ page, signIn }) => {
  await signIn("hoidong.cantho@thiduakhoi.vn");
  await expect(page.getByTestId(`bloc-row-${BLOC}`)).toHaveCount(0);
  for (const path of [`/khoi/${BLOC}`, YEAR, `${YEAR}/thiet-lap/thanh-vien`, `/khoi/${BLOC}/${LIVE_YEAR - 1}/thiet-lap/lich`, leaderAccountUrl]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // The register of Lào Cai is not theirs either.
  await page.goto("/quan-tri/co-quan");
  await expect(page.getByText(AGENCIES[0]!)).toHaveCount(0);
});
