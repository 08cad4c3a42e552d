// What every end-to-end spec imports instead of @playwright/test: `test` with the one sign-in
// fixture, `useWorld` for the spec's own data (tests/e2e/worlds.ts), and small shared steps.
// docs/e2e.md says how the specs stay independent of each other.
import fs from "node:fs";
import { test as base, expect, type Page } from "@playwright/test";
import { createPrisma } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../prisma/seed/users";
import { checkAccessibilityOnce, checkBeforeActions } from "./accessibility";
import { WORLDS, type World, type WorldName } from "./worlds";

export { DEMO_PASSWORD, expect };

/**
 * The demo's live year: the seed computes it from the day it runs (the
 * current year in Vietnam, docs/decisions/0005), so specs do not hard-code it.
 */
export const LIVE_YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).slice(0, 4));

export interface SignInOptions {
  /** The demo password unless given. */
  password?: string;
  /** Another page (e.g. of a second browser context); the test's page unless given. */
  page?: Page;
  /** Fill the sign-in form the page already shows (a redirect with callbackUrl) instead of opening /login. */
  here?: boolean;
  /** false: do not wait to leave /login (a refusal is expected; the test reads the message). */
  signedIn?: boolean;
}
export type SignIn = (email: string, options?: SignInOptions) => Promise<void>;

export const test = base.extend<{ signIn: SignIn }>({
  /**
   * The test's page, checked by axe (tests/e2e/accessibility.ts) before every locator action, on
   * both sides of every page.goto and where the test ends: no spec has to remember to ask.
   */
  page: async ({ page }, use) => {
    checkBeforeActions(page);
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page["goto"]>) => {
      await checkAccessibilityOnce(page);
      const response = await goto(...args);
      await checkAccessibilityOnce(page);
      return response;
    };
    await use(page);
    if (!page.isClosed()) await checkAccessibilityOnce(page);
  },
  /**
   * Signs in through the real form, as the only user of the page's browser context (its cookies
   * are cleared first), and by default waits until the app has navigated away from /login.
   */
  signIn: async ({ page: testPage }, use) => {
    await use(async (email, { password = DEMO_PASSWORD, page = testPage, here = false, signedIn = true } = {}) => {
      if (!here) {
        await page.context().clearCookies();
        await page.goto("/login");
      }
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Mật khẩu").fill(password);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      // Longer than expect's 5 s: a fresh server's first sign-in loads its code and checks an
      // argon2 hash, which on a loaded machine (or PGlite) takes longer; a refusal still fails.
      if (signedIn) await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
    });
  },
});

/**
 * The spec's own data, built once before its tests (beforeAll) by WORLDS[name], straight into the
 * e2e database — or, when scripts/e2e.mjs built the worlds ahead of the server (E2E_WORLDS_FILE,
 * for an embedded PGlite database the server holds), read from that file. Call at the top level
 * of the spec; the returned function gives the world inside tests.
 */
export function useWorld<K extends WorldName>(name: K): () => World<K> {
  let world: World<K> | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    world = await obtainWorld(name);
  });
  return () => {
    if (!world) throw new Error(`the world ${name} was not built`);
    return world;
  };
}

async function obtainWorld<K extends WorldName>(name: K): Promise<World<K>> {
  const file = process.env.E2E_WORLDS_FILE;
  if (file) {
    const worlds = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Record<WorldName, unknown>>;
    if (!worlds[name]) throw new Error(`${file} has no world ${name}`);
    return worlds[name] as World<K>;
  }
  const { db, close } = createPrisma();
  try {
    return (await WORLDS[name](db)) as World<K>;
  } finally {
    await close();
  }
}

/**
 * The worlds' years are over, so a scenario on them starts with the chair
 * reopening the phase it needs, through the calendar page, with a reason.
 */
export async function reopenPhase(page: Page, base: string, phaseKey: string, until: string, reason: string) {
  await page.goto(`${base}/thiet-lap/lich`);
  const row = page.getByTestId(`phase-${phaseKey}`);
  await row.getByText("Mở lại giai đoạn", { exact: true }).click();
  await row.getByLabel("Mở lại đến ngày").fill(until);
  await row.getByLabel("Lý do mở lại").fill(reason);
  await row.getByRole("button", { name: "Mở lại", exact: true }).first().click();
  await page.getByRole("dialog").getByRole("button", { name: "Mở lại" }).click();
  await expect(row.getByText(/^Mở lại đến/)).toBeVisible();
}
