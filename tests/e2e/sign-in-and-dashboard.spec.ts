import type { Page } from "@playwright/test";
import { expect, LIVE_YEAR, test, useWorld } from "./fixtures";

/**
 * Sign in as each role and land on the right dashboard; sign out;
 * signed-out visitors are sent to sign-in; another bloc's URL is a 404;
 * wrong passwords are refused and then limited. Accounts come from the seed
 * (docs/demo-accounts.md) and are only signed in to; the wrong-password tests use accounts of
 * their own (tests/e2e/worlds.ts), since failures count towards an account's lock.
 */
const world = useWorld("sign-in-and-dashboard");
const KON_TUM = "Khối thi đua các cơ quan Đảng tỉnh Kon Tum";
const CAN_THO = "Khối thi đua các cơ quan của Đảng thành phố Cần Thơ";

// The form's own alert (Next also renders a hidden route announcer with role=alert).
const loginError = (page: Page) => page.locator("#login-error");

const ROLES = [
  { email: "thuky.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Thư ký khối" },
  { email: "truongkhoi.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Trưởng khối" },
  { email: "lanhdao.btc.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Thủ trưởng cơ quan" },
  { email: "canbo.btc.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Cán bộ thi đua" },
  { email: "quansat.kontum@thiduakhoi.vn", bloc: KON_TUM, path: "/khoi/KT-CQD/2024", role: "Người theo dõi" },
  { email: "thuky.cantho@thiduakhoi.vn", bloc: CAN_THO, path: `/khoi/CT-CQD/${LIVE_YEAR}`, role: "Thư ký khối" },
];

for (const r of ROLES) {
  test(`${r.role} (${r.email}) lands on the dashboard of their bloc`, async ({ page, signIn }) => {
    await signIn(r.email);
    await expect(page).toHaveURL(new RegExp(r.path.replaceAll("/", "\\/")));
    if (r.bloc) await expect(page.getByRole("heading", { level: 1, name: r.bloc })).toBeVisible();
    await expect(page.getByRole("region", { name: "Giai đoạn hiện tại" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Cơ quan thành viên \(\d+\)/ })).toBeVisible();
    await expect(page.getByText(`Vai trò của bạn trong khối: ${r.role}`)).toBeVisible();
  });
}

test("council staff land on the list of their province's blocs with each one's phase; a system administrator sees every province", async ({ page, signIn }) => {
  await signIn("hoidong.cantho@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Các khối, cụm thi đua" })).toBeVisible();
  await expect(page.getByTestId("bloc-row-CT-CQD")).toContainText(CAN_THO);
  await expect(page.getByTestId("bloc-row-KT-CQD")).toHaveCount(0);
  expect((await page.goto("/khoi/KT-CQD/2024"))?.status()).toBe(404);

  // Quảng Ngãi absorbed Kon Tum in 2025: its council staff read Kon Tum's history.
  await signIn("hoidong.quangngai@thiduakhoi.vn");
  await expect(page.getByTestId("bloc-row-KT-CQD")).toContainText(KON_TUM);
  await page.getByTestId("bloc-row-KT-CQD").getByRole("link", { name: KON_TUM }).click();
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await expect(page.getByText("Vai trò của bạn trong khối: Cán bộ Hội đồng TĐKT")).toBeVisible();

  await signIn("admin@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByTestId("bloc-row-CT-CQD")).toBeVisible();
  await expect(page.getByTestId("bloc-row-KT-CQD")).toBeVisible();
  await expect(page.getByTestId("bloc-row-TW-CQD")).toBeVisible();
});

test("the live year shows the open phase, deadlines and its members", async ({ page, signIn }) => {
  await signIn("truongkhoi.cantho@thiduakhoi.vn");
  await expect(page).toHaveURL(new RegExp(`/khoi/CT-CQD/${LIVE_YEAR}$`));
  // The five seeded members (no spec changes Cần Thơ's live year).
  await expect(page.getByRole("region", { name: /^Cơ quan thành viên \(5\)$/ })).toBeVisible();
  await expect(page.getByTestId("open-phases")).not.toBeEmpty();
  await expect(page.getByRole("cell", { name: "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ" })).toBeVisible();
  await expect(page.getByTestId("deadlines")).toContainText(/\d{2}\/\d{2}\/\d{4}/);
});

test("a user of two blocs switches bloc and year", async ({ page, signIn }) => {
  await signIn("quansat.nhieukhoi@thiduakhoi.vn");
  await expect(page).toHaveURL(new RegExp(`/khoi/CT-CQD/${LIVE_YEAR}$`));
  await page.getByLabel("Khối thi đua", { exact: true }).selectOption("KT-CQD");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await page.getByLabel("Năm", { exact: true }).selectOption("2023");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2023$/);
  await expect(page.getByRole("heading", { level: 1, name: KON_TUM })).toBeVisible();
});

test("sign-out returns to the sign-in page and the app is closed again", async ({ page, signIn }) => {
  await signIn("quansat.kontum@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/khoi/KT-CQD/2024");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fkhoi%2FKT-CQD%2F2024/);
});

test("a signed-out visitor is redirected to sign-in, and back after signing in", async ({ page, signIn }) => {
  await page.goto("/khoi/KT-CQD/2023");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn("quansat.kontum@thiduakhoi.vn", { here: true });
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2023$/);
});

test("another bloc's page opened by URL is not found, with no data", async ({ page, signIn }) => {
  await signIn("thuky.kontum@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi\/KT-CQD\/2024$/);
  const response = await page.goto(`/khoi/CT-CQD/${LIVE_YEAR}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  await expect(page.getByText("Ban Tuyên giáo và Dân vận")).toHaveCount(0);
});

test("a wrong password shows the Vietnamese message", async ({ page, signIn }) => {
  // An account of its own: failures on a shared one would add up, run after run, to its lock.
  await signIn(world().wrongPassword, { password: "sai-mat-khau", signedIn: false });
  await expect(loginError(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords lock the account, even for the right password", async ({ page, signIn }) => {
  // An account of its own, so the lock disturbs no other test nor the next run.
  const email = world().lockout;
  for (let i = 0; i < 4; i++) {
    await signIn(email, { password: `sai-${i}`, signedIn: false });
    await expect(loginError(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await signIn(email, { password: "sai-4", signedIn: false });
  await expect(loginError(page)).toContainText("Đăng nhập sai quá nhiều lần");
  await signIn(email, { signedIn: false });
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

test("the icon is served to anyone, and the first Tab stop skips to the page's content", async ({ page, request, signIn }) => {
  const icon = await request.get("/icon.svg", { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  await signIn("truongkhoi.cantho@thiduakhoi.vn");
  await expect(page).toHaveURL(new RegExp(`/khoi/CT-CQD/${LIVE_YEAR}$`));
  await page.reload(); // a page opened afresh: focus starts at the top of the document
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Chuyển đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#noi-dung$/);
  await expect(page.getByRole("main")).toBeVisible();
});
