import { expect, type Page } from "@playwright/test";

export const PASSWORD = "ThiDua@2026";

/**
 * The demo's live year: the seed computes it from the day it runs (the
 * current year in Vietnam, docs/decisions/0005), so specs do not hard-code it.
 */
export const LIVE_YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).slice(0, 4));

export async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * The seeded years are over, so a scenario on them starts with the chair
 * reopening the phase it needs, through the calendar page, with a reason.
 */
export async function reopenPhase(page: Page, base: string, phaseKey: string, until: string, reason: string) {
  await page.goto(`${base}/thiet-lap/lich`);
  const row = page.getByTestId(`phase-${phaseKey}`);
  if (await row.getByText(/^Mở lại đến/).isVisible()) return; // already reopened by an earlier test
  await row.getByText("Mở lại giai đoạn", { exact: true }).click();
  await row.getByLabel("Mở lại đến ngày").fill(until);
  await row.getByLabel("Lý do mở lại").fill(reason);
  await row.getByRole("button", { name: "Mở lại", exact: true }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Mở lại" }).click();
  await expect(row.getByText(/^Mở lại đến/)).toBeVisible();
}
