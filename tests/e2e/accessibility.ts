// The accessibility check every end-to-end spec runs without asking (docs/e2e.md): axe-core
// (WCAG 2.1 A and AA rules) on every page a test is on when it acts on it (click, fill, select,
// upload…), leaves it with page.goto, opens it with page.goto, or ends on it, failing the test on
// a serious or critical violation. Each kind of page is checked once per worker and screen size:
// the same route with another bloc, year or id is the same template, and checking it again would
// cost the suite time without finding anything new.
import axe from "axe-core";
import type { Locator, Page } from "@playwright/test";

/** The rule sets the app promises: WCAG 2.1 levels A and AA. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** Impacts that fail a test; moderate and minor ones are left to review. */
const FAILING = new Set(["serious", "critical"]);

/** Route keys already checked in this worker (one Playwright worker runs the whole suite). */
const checked = new Set<string>();

/**
 * The template a URL shows: the bloc code, years, record ids and agency codes become
 * placeholders, the query string is dropped (/khoi/W1A2-KT/2024/cham-diem/tu-cham?don-vi=W1A2-BTC
 * → /khoi/:bloc/:year/cham-diem/tu-cham).
 */
export function routeKey(url: string): string {
  const { pathname } = new URL(url, "http://localhost");
  const parts = pathname.split("/").map((part, i, all) => {
    if (all[i - 1] === "khoi" && part !== "moi") return ":bloc";
    if (/^\d{4}$/.test(part)) return ":year";
    if (/^\d{1,3}$/.test(part)) return ":n"; // a version number
    if (/^c[a-z0-9]{20,}$/.test(part) || /^[0-9a-f-]{32,36}$/i.test(part)) return ":id";
    if (/^[A-Z0-9]+(-[A-Z0-9]+)+$/.test(part)) return ":code";
    return part;
  });
  return parts.join("/") || "/";
}

export interface AccessibilityProblem {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the first few offending nodes. */
  nodes: string[];
}

/** Runs axe on the page as it is now; returns the serious and critical violations. */
export async function accessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  // axe-core is injected once per document: a client-side navigation keeps it, so most checks
  // only run it (re-injecting its half a megabyte of script cost about a second a check). The
  // evaluation goes through the DevTools protocol, which the app's Content-Security-Policy does
  // not restrict. Only violations are wanted: without resultTypes axe also details every passing
  // node, which on a page of 60 criteria took seconds.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    WCAG_TAGS,
  );
  return results.violations
    .filter((v) => FAILING.has(v.impact ?? ""))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? "",
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
}

/** The template the page shows, and whether at a phone's width (below Tailwind's sm, 640 px): another page to check. */
function keyOf(page: Page): string {
  const phone = (page.viewportSize()?.width ?? 1280) < 640;
  return `${routeKey(page.url())}${phone ? " (điện thoại)" : ""}`;
}

/** After a client-side navigation Next sets the new <title> a moment after the content (metadata is streamed). */
const waitForTitle = (page: Page) => page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 3_000 }).catch(() => undefined);

/**
 * Checks the page unless a page of the same template was already checked; throws with the
 * violations, so the failing test names the page and what is wrong with it. A check can start
 * while a client-side navigation is swapping one page for the next (the URL, the content and the
 * <title> change one after the other): a violation is reported only if it is still there a second
 * later, on the page as it then is — a page that really lacks a title or a label still fails.
 */
export async function checkAccessibilityOnce(page: Page): Promise<void> {
  if (!page.url().startsWith("http")) return; // about:blank, a download
  await waitForTitle(page);
  const key = keyOf(page);
  if (checked.has(key)) return;
  checked.add(key);
  const started = Date.now();
  let problems = await accessibilityProblems(page);
  if (problems.length > 0) {
    await page.waitForTimeout(1_000);
    await waitForTitle(page);
    problems = await accessibilityProblems(page);
  }
  if (process.env.E2E_AXE_LOG === "1") console.log(`    axe ${key}: ${problems.length} lỗi, ${Date.now() - started} ms`);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${p.rule} (${p.impact}): ${p.help}\n      ${p.nodes.join("\n      ")}`);
  throw new Error(`axe: ${key} (${page.url()}) có ${problems.length} lỗi truy cập nghiêm trọng:\n${lines.join("\n")}`);
}

/** The locator actions before which the page under the test's hand is checked. */
const ACTIONS = ["click", "fill", "selectOption", "setInputFiles", "check", "press"] as const;
let patched = false;

/**
 * Makes every locator action first check the page it acts on (once per template): pages reached
 * by a click rather than page.goto are checked as soon as the test uses them. Patched once per
 * worker on Playwright's Locator prototype, taken from a locator of the first page.
 */
export function checkBeforeActions(page: Page): void {
  if (patched) return;
  patched = true;
  const proto = Object.getPrototypeOf(page.locator("body")) as Record<string, unknown>;
  for (const name of ACTIONS) {
    const original = proto[name] as (this: Locator, ...args: unknown[]) => Promise<unknown>;
    proto[name] = async function (this: Locator, ...args: unknown[]) {
      // The page the action acts on: once its target is there, a navigation the test started
      // before has rendered it (a missing target is the action's own failure, reported by it).
      await this.waitFor({ state: "attached", timeout: 10_000 }).catch(() => undefined);
      await checkAccessibilityOnce(this.page());
      return original.apply(this, args);
    };
  }
}
