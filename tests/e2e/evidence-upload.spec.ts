import type { Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";
import { EVIDENCE_ROW } from "./sixty-criteria";

/**
 * Evidence goes up with a byte-level progress bar (docs/decisions/0022-evidence-upload-route.md):
 * "Lưu bảng tự chấm" sends each chosen file through the sheet's upload route, then saves the
 * values. On a slow connection (Chrome's own throttling) a scan of a few MB shows the bar move
 * through intermediate values to 100% before the file is listed under its row. A file the server
 * refuses stays chosen with its message next to its row, and the values are saved all the same.
 */
const world = useWorld("evidence-upload");
const sheetRow = (page: Page, code: string) => page.getByRole("group", { name: `Tiêu chí ${code}`, exact: true });
const evidenceRow = (page: Page, group: string) => page.getByRole("listitem").filter({ has: sheetRow(page, `${group}.${EVIDENCE_ROW}`) });

/** A "scan" of `mb` MB: a PDF header, then filler. */
/** The values' answer: the draft autosave may have saved the typed value a moment before "Lưu". */
const VALUES_SAVED = /^Đã lưu 1 tiêu chí\.$|^Không có thay đổi mới\.$/;

const scan = (mb: number) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(mb * 1024 * 1024, 0x20)]);

async function openSheet(page: Page) {
  const w = world();
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham`);
  await expect(page.getByRole("form", { name: "Bảng tự chấm" })).toBeVisible();
}

test("a 4 MB scan on a slow connection: the bar goes from 0 to 100% and the file is listed", async ({ page, signIn }) => {
  test.setTimeout(90_000);
  await signIn(world().leader);
  await openSheet(page);
  await sheetRow(page, "I.1").getByLabel("Mức đạt").selectOption("2");
  await sheetRow(page, `I.${EVIDENCE_ROW}`)
    .getByLabel(/^Minh chứng/)
    .setInputFiles({ name: "ban-scan.pdf", mimeType: "application/pdf", buffer: scan(4) });

  // Every value the bar takes, as the page shows it.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const read = () => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Tải minh chứng lên"]');
      const value = Number(bar?.getAttribute("aria-valuenow"));
      if (bar && seen.at(-1) !== value) seen.push(value);
    };
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
  });
  // About 1 MB/s up: four seconds for the scan.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 1024 * 1024 });

  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  const bar = page.getByRole("progressbar", { name: "Tải minh chứng lên" });
  await expect(bar).toBeVisible();
  await expect(page.getByText(/Đang tải minh chứng lên: tệp 1\/1 \(ban-scan\.pdf\)/)).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByText("Đã tải lên 1/1 tệp minh chứng")).toBeVisible();
  await expect(page.getByText(VALUES_SAVED)).toBeVisible({ timeout: 15_000 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  await expect(evidenceRow(page, "I").getByRole("link", { name: "ban-scan.pdf" })).toBeVisible();
  await expect(sheetRow(page, `I.${EVIDENCE_ROW}`).getByLabel(/^Minh chứng/)).toHaveValue("");
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
  expect(seen.at(-1)).toBe(100);
  expect(
    seen.some((v) => v > 0 && v < 100),
    `the bar took ${seen.join(", ")}`,
  ).toBe(true);
});

test("a file the server refuses stays chosen with its message; the values are saved; the next save sends it", async ({ page, signIn }) => {
  await signIn(world().leader);
  await openSheet(page);
  let refuse = true;
  await page.route("**/minh-chung?*", (route) =>
    refuse
      ? route.fulfill({
          status: 400,
          contentType: "application/json",
          body: JSON.stringify({ code: "INVALID_INPUT", message: "Máy chủ từ chối tệp (thử nghiệm)." }),
        })
      : route.continue(),
  );
  await sheetRow(page, "II.1").getByLabel("Mức đạt").selectOption("2");
  const input = sheetRow(page, `II.${EVIDENCE_ROW}`).getByLabel(/^Minh chứng/);
  await input.setInputFiles({ name: "bien-ban.pdf", mimeType: "application/pdf", buffer: scan(1) });
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();

  await expect(sheetRow(page, `II.${EVIDENCE_ROW}`).getByText("bien-ban.pdf: Máy chủ từ chối tệp (thử nghiệm).")).toBeVisible();
  await expect(page.getByText("Đã tải lên 0/1 tệp minh chứng")).toBeVisible();
  await expect(page.getByText(/1 tệp chưa được tải lên/)).toBeVisible();
  await expect(page.getByText(VALUES_SAVED)).toBeVisible();
  await expect(input).toHaveValue(/bien-ban\.pdf$/);

  refuse = false;
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(evidenceRow(page, "II").getByRole("link", { name: "bien-ban.pdf" })).toBeVisible();
  await expect(page.getByText("Đã tải lên 1/1 tệp minh chứng")).toBeVisible();
  await expect(page.getByText("Không có thay đổi mới.")).toBeVisible();
  await expect(sheetRow(page, `II.${EVIDENCE_ROW}`).getByText(/Máy chủ từ chối/)).toHaveCount(0);
  await expect(input).toHaveValue("");
});

test("an upload cancelled half-way stores nothing; the file stays chosen with its message", async ({ page, signIn }) => {
  test.setTimeout(60_000);
  await signIn(world().leader);
  await openSheet(page);
  const input = sheetRow(page, `I.${EVIDENCE_ROW}`).getByLabel(/^Minh chứng/);
  await input.setInputFiles({ name: "huy-giua-chung.pdf", mimeType: "application/pdf", buffer: scan(4) });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 50, downloadThroughput: -1, uploadThroughput: 256 * 1024 });

  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByText(/Đang tải minh chứng lên: tệp 1\/1/)).toBeVisible();
  await page.getByRole("button", { name: "Hủy tải lên" }).click();
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  await expect(sheetRow(page, `I.${EVIDENCE_ROW}`).getByText("huy-giua-chung.pdf: Đã hủy tải lên.")).toBeVisible();
  await expect(page.getByText("Đã tải lên 0/1 tệp minh chứng")).toBeVisible();
  await expect(input).toHaveValue(/huy-giua-chung\.pdf$/);
  await expect(evidenceRow(page, "I").getByRole("link", { name: "huy-giua-chung.pdf" })).toHaveCount(0);
});
