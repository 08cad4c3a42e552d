import { test as base, expect, type Page } from "@playwright/test";

/** The shared password of the seeded demo accounts (docs/demo-accounts.md). */
export const DEMO_PASSWORD = "ThiDua@2026";

export type LoginFn = (page: Page, email: string, password?: string) => Promise<void>;

/**
 * Signs in through the real form and waits until the app has navigated away
 * from /login (a wrong password keeps the page there, so this times out).
 */
export const login: LoginFn = async (page, email, password = DEMO_PASSWORD) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
};

export const test = base.extend<{ login: LoginFn }>({
  login: async ({}, use) => {
    await use(login);
  },
});

export { expect };
