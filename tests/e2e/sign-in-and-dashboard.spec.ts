import { expect, test } from "@playwright/test";
import { LIVE_YEAR } from "./helpers";

/**
 * Sign in as each role and land on the right dashboard; sign out;
 * signed-out visitors are sent to sign-in; another bloc's URL is a 404;
 * wrong passwords are refused and then limited. Accounts come from the seed
 * (docs/demo-accounts.md); the shared demo password is ThiDua@2026.
 */
const PASSWORD = "ThiDua@2026";
const KON_TUM = "Khối thi đua các cơ quan Đảng tỉnh Kon Tum";
const CAN_THO = "Khối thi đua các cơ quan của Đảng thành phố Cần Thơ";

// The form's own alert (Next also renders a hidden route announcer with role=alert).
const loginError = (page: import("@playwright/test").Page) => page.locator("#login-error");

async function signIn(page: import("@playwright/test").Page, email: string, password = PASSWORD) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

const ROLES = [
  { email: "thuky.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Thư ký khối" },
  { email: "truongkhoi.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Trưởng khối" },
  { email: "lanhdao.btc.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Thủ trưởng cơ quan" },
  { email: "canbo.btc.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Cán bộ thi đua" },
  { email: "quansat.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Người theo dõi" },
  { email: "thuky.cantho@thiduakhoi.vn", bloc: CAN_THO, path: `/khoi/CT-CQD/${LIVE_YEAR}`, role: "Thư ký khối" },
];

for (const r of ROLES) {
  test(`${r.role} (${r.email}) lands on the dashboard of their bloc`, async ({ page }) => {
    await signIn(page, r.email);
    await expect(page).toHaveURL(new RegExp(r.path.replaceAll("/", "\\/")));
    if (r.bloc) await expect(page.getByRole("heading", { level: 1, name: r.bloc })).toBeVisible();
    await expect(page.getByRole("region", { name: "Giai đoạn hiện tại" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Cơ quan thành viên \(\d+\)/ })).toBeVisible();
    await expect(page.getByText(`Vai trò của bạn trong khối: ${r.role}`)).toBeVisible();
  });
}

test("council staff land on the list of their province's blocs with each one's phase; a system administrator sees every province", async ({ page }) => {
  await signIn(page, "hoidong.cantho@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Các khối, cụm thi đua" })).toBeVisible();
  await expect(page.getByTestId("bloc-row-CT-CQD")).toContainText(CAN_THO);
  await expect(page.getByTestId("bloc-row-KT-CQD")).toHaveCount(0);
  expect((await page.goto("/khoi/KT-CQD/2024"))?.status()).toBe(404);

  // Quảng Ngãi absorbed Kon Tum in 2025: its council staff read Kon Tum's history.
  await signIn(page, "hoidong.quangngai@thiduakhoi.vn");
  await expect(page.getByTestId("bloc-row-KT-CQD")).toContainText(KON_TUM);
  await page.getByTestId("bloc-row-KT-CQD").getByRole("link", { name: KON_TUM }).click();
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await expect(page.getByText("Vai trò của bạn trong khối: Cán bộ Hội đồng TĐKT")).toBeVisible();

  await signIn(page, "admin@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByTestId("bloc-row-CT-CQD")).toBeVisible();
  await expect(page.getByTestId("bloc-row-KT-CQD")).toBeVisible();
  await expect(page.getByTestId("bloc-row-TW-CQD")).toBeVisible();
});

test("the live year shows the open phase, deadlines and its members", async ({ page }) => {
  await signIn(page, "truongkhoi.cantho@thiduakhoi.vn");
  await expect(page).toHaveURL(new RegExp(`/khoi/CT-CQD/${LIVE_YEAR}$`));
  // Five seeded members (another spec may have added one by now).
  await expect(page.getByRole("region", { name: /^Cơ quan thành viên \((5|6)\)$/ })).toBeVisible();
  await expect(page.getByTestId("open-phases")).not.toBeEmpty();
  await expect(page.getByRole("cell", { name: "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ" })).toBeVisible();
  await expect(page.getByTestId("deadlines")).toContainText(/\d{2}\/\d{2}\/\d{4}/);
});

test("a user of two blocs switches bloc and year", async ({ page }) => {
  await signIn(page, "quansat.nhieukhoi@thiduakhoi.vn");
  await expect(page).toHaveURL(new RegExp(`/khoi/CT-CQD/${LIVE_YEAR}$`));
  await page.getByLabel("Khối thi đua", { exact: true }).selectOption("KT-CQD");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await page.getByLabel("Năm", { exact: true }).selectOption("2023");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2023$/);
  await expect(page.getByRole("heading", { level: 1, name: KON_TUM })).toBeVisible();
});

test("sign-out returns to the sign-in page and the app is closed again", async ({ page }) => {
  await signIn(page, "quansat.kontum@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/khoi/KT-CQD/2024");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fkhoi%2FKT-CQD%2F2024/);
});

test("a signed-out visitor is redirected to sign-in, and back after signing in", async ({ page }) => {
  await page.goto("/khoi/KT-CQD/2023");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill("quansat.kontum@thiduakhoi.vn");
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2023$/);
});

test("another bloc's page opened by URL is not found, with no data", async ({ page }) => {
  await signIn(page, "thuky.kontum@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  const response = await page.goto(`/khoi/CT-CQD/${LIVE_YEAR}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("Ban Tuyên giáo và Dân vận")).toHaveCount(0);
});

test("a wrong password shows the Vietnamese message", async ({ page }) => {
  await signIn(page, "quansat.kontum@thiduakhoi.vn", "sai-mat-khau");
  await expect(loginError(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords lock the account, even for the right password", async ({ page }) => {
  // A dedicated account, so the lock does not disturb the other tests.
  const email = "canbo.bao.kontum@thiduakhoi.vn";
  for (let i = 0; i < 4; i++) {
    await signIn(page, email, `sai-${i}`);
    await expect(loginError(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await signIn(page, email, "sai-4");
  await expect(loginError(page)).toContainText("Đăng nhập sai quá nhiều lần");
  await signIn(page, email, PASSWORD);
  await expect(loginError(page)).toContainText("Đăng nhập sai quá nhiều lần");
  await expect(page).toHaveURL(/\/login/);
});

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const h = response.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
});
