import fs from "node:fs";
import JSZip from "jszip";
import type { Browser, Page } from "@playwright/test";
import { expect, reopenPhase, test, useWorld, type SignIn } from "./fixtures";

/**
 * The year-end conference (docs/domain/voting.md) on Kon Tum 2023, whose year-end conference of 06/02/2024 is seeded with all nine
 * members present (seed 001): the chair opens a secret vote, five representatives vote in
 * separate browser contexts, the chair closes it and the results and minutes show; an agency
 * proposes two people, the chair sends one and returns the other; the dossier .zip downloads
 * with its documents; council staff record the decision and the agency's award history shows it.
 * The bloc is this spec's own copy of the seeded Kon Tum bloc (tests/e2e/worlds.ts).
 */
const world = useWorld("year-end");
const VOTERS = ["BTG", "BDV", "VP", "DUK", "BAO"] as const;
const FORM = "Giấy khen của Trưởng khối (kiểm thử)";

async function castIn(browser: Browser, signIn: SignIn, email: string, voteUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(email, { page });
  await page.goto(voteUrl);
  await page.getByLabel("Ban Tổ chức Tỉnh ủy Kon Tum").check();
  await page.getByRole("button", { name: "Bỏ phiếu", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận bỏ phiếu" }).click();
  await expect(page.getByText(/^Cơ quan đã bỏ phiếu/)).toBeVisible();
  // Nothing on the page says what this agency chose.
  await expect(page.getByRole("table", { name: "Kết quả bỏ phiếu" })).toHaveCount(0);
  await context.close();
}

async function propose(page: Page, name: string, position: string) {
  await page.getByLabel("Hình thức khen thưởng").selectOption({ label: `${FORM} (cá nhân)` }, { timeout: 10_000 });
  await page.getByLabel("Họ và tên").fill(name);
  await page.getByLabel("Chức vụ").fill(position);
  await page.getByLabel("Tóm tắt thành tích").fill(`${name}: hoàn thành xuất sắc nhiệm vụ năm 2023, có sáng kiến được công nhận.`);
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: "Gửi đề nghị" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Cơ quan đề nghị");
}

test("year-end: secret vote with minutes, nominations sent and returned, dossier, decision and award history", async ({ page, browser, signIn }, testInfo) => {
  test.setTimeout(240_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2023`;
  await signIn(w.chair);
  await reopenPhase(page, BASE, "NOMINATION", "2099-12-31", "Kiểm thử: mở lại để đề nghị khen thưởng năm 2023.");

  // ── The vote ──
  await page.goto(`${BASE}/tong-ket/bo-phieu`);
  const create = page.getByRole("form", { name: "Tạo cuộc bỏ phiếu" });
  await create.getByLabel("Loại biểu quyết").selectOption({ label: "Suy tôn đơn vị dẫn đầu" });
  await create.getByLabel("Nội dung biểu quyết").fill("Suy tôn đơn vị dẫn đầu Khối năm 2023");
  await create.getByLabel("Hình thức", { exact: true }).selectOption("ELECTRONIC");
  await create.getByLabel("Ban Tổ chức Tỉnh ủy Kon Tum").check();
  await create.getByLabel("Ủy ban Kiểm tra Tỉnh ủy Kon Tum").check();
  await create.getByRole("button", { name: "Tạo cuộc bỏ phiếu" }).click();
  await page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link", { name: "Suy tôn đơn vị dẫn đầu Khối năm 2023" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Chưa mở");
  const voteUrl = page.url();
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận mở" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đang bỏ phiếu");

  for (const agency of VOTERS) await castIn(browser, signIn, w.leader[agency], voteUrl);

  // Sealed until closed: the chair sees progress only.
  await page.reload();
  await expect(page.getByTestId("vote-progress")).toContainText("Đã bỏ phiếu 5/");
  await expect(page.getByRole("table", { name: "Kết quả bỏ phiếu" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đóng bỏ phiếu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận đóng" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đã kết thúc");
  const results = page.getByRole("table", { name: "Kết quả bỏ phiếu" });
  await expect(results.getByRole("row", { name: /Ban Tổ chức Tỉnh ủy Kon Tum/ })).toContainText("5");
  const minutes = page.getByRole("article", { name: "Biên bản kiểm phiếu" });
  await expect(minutes).toContainText("BIÊN BẢN KIỂM PHIẾU");
  await expect(minutes).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum");
  const [minutesDocx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải biên bản kiểm phiếu (.docx)" }).click()]);
  expect(minutesDocx.suggestedFilename()).toMatch(/\.docx$/);
  // On the page as in the .docx: the bloc's header, the number line, place and date, "Nơi nhận".
  await expect(minutes).toContainText("ĐẢNG CỘNG SẢN VIỆT NAM");
  await expect(minutes).toContainText("Số …-BB/…");
  await expect(minutes).toContainText(/Kon Tum.*, ngày 06 tháng 02 năm 2024/);
  await expect(minutes).toContainText("Nơi nhận:");

  // ── The conference minutes, printable: the same layout ──
  await page.goto(`${BASE}/tong-ket/hoi-nghi/bien-ban`);
  const conferenceMinutes = page.getByRole("article");
  await expect(conferenceMinutes.getByRole("heading", { level: 1 })).toContainText("BIÊN BẢN");
  await expect(conferenceMinutes).toContainText(/Kon Tum.*, ngày 06 tháng 02 năm 2024/);
  await expect(conferenceMinutes).toContainText("Nơi nhận:");
  await expect(conferenceMinutes).toContainText("CHỦ TRÌ");

  // ── A form without registration or pledge gates, added by the chair ──
  await page.goto(`${BASE}/khen-thuong/danh-muc`);
  await page.getByLabel("Mã", { exact: true }).fill("GK_TRUONG_KHOI");
  await page.getByLabel("Tên hình thức", { exact: true }).fill(FORM);
  await page.getByLabel("Đối tượng", { exact: true }).selectOption("INDIVIDUAL");
  await page.getByLabel("Cơ quan quyết định", { exact: true }).fill("Ban Nội chính Tỉnh ủy Kon Tum (Trưởng khối)");
  await page.getByLabel("Phải đăng ký", { exact: true }).uncheck();
  await page.getByLabel("Phải ký giao ước", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Thêm hình thức" }).click();
  await expect(page.getByRole("cell", { name: FORM })).toBeVisible();

  // ── Nominations ──
  await signIn(w.leader.BTC);
  await page.goto(`${BASE}/khen-thuong/de-nghi`);
  await propose(page, "Nguyễn Thị Thu Hà", "Phó Trưởng ban");
  await propose(page, "Trần Minh Đức", "Chuyên viên");

  await signIn(w.chair);
  await page.goto(`${BASE}/khen-thuong/de-nghi`);
  await page
    .getByRole("row", { name: /Nguyễn Thị Thu Hà/ })
    .getByRole("button", { name: "Gửi lên" })
    .click();
  await page.getByRole("dialog").getByRole("button", { name: "Gửi lên cấp trên" }).click();
  await expect(page.getByRole("row", { name: /Nguyễn Thị Thu Hà/ })).toContainText("Đã gửi cấp trên");
  await page
    .getByRole("row", { name: /Trần Minh Đức/ })
    .getByRole("button", { name: "Trả lại" })
    .click();
  const returnDialog = page.getByRole("dialog");
  await returnDialog.getByLabel("Lý do trả lại").fill("Đề nghị bổ sung minh chứng về sáng kiến được công nhận.");
  await returnDialog.getByRole("button", { name: "Xác nhận trả lại" }).click();
  await expect(page.getByRole("row", { name: /Trần Minh Đức/ })).toContainText("Trả lại");

  // The agency sees the reason.
  await signIn(w.leader.BTC);
  await page.goto(`${BASE}/khen-thuong/de-nghi`);
  await expect(page.getByText("Đề nghị bổ sung minh chứng về sáng kiến được công nhận.")).toBeVisible();

  // ── The dossier ──
  await signIn(w.chair);
  await page.goto(`${BASE}/khen-thuong/ho-so`);
  const [zipDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải trọn bộ hồ sơ (.zip)" }).click()]);
  const zipPath = testInfo.outputPath("ho-so.zip");
  await zipDownload.saveAs(zipPath);
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  const names = Object.keys(zip.files);
  expect(names.some((n) => n.startsWith("01 Tờ trình"))).toBe(true);
  expect(names.some((n) => n.startsWith("02 Biên bản hội nghị"))).toBe(true);
  expect(names.some((n) => n.startsWith("03 Biên bản kiểm phiếu"))).toBe(true);
  const memo = names.find((n) => n.startsWith("01 Tờ trình"))!;
  const memoXml = await (await JSZip.loadAsync(await zip.file(memo)!.async("nodebuffer"))).file("word/document.xml")!.async("string");
  expect(memoXml).toContain("Nguyễn Thị Thu Hà");
  expect(memoXml).not.toContain("Trần Minh Đức");

  // ── Council staff record the decision; the award history shows it ──
  await signIn("admin@thiduakhoi.vn");
  await page.goto(`${BASE}/khen-thuong/quyet-dinh`);
  await page.getByLabel("Số quyết định").fill("15-QĐ/KTĐ");
  await page.getByLabel("Ngày ký").fill("2024-03-01");
  await page.getByLabel("Người ký").fill("Trưởng khối thi đua");
  await page.getByLabel("Cơ quan quyết định").fill("Ban Nội chính Tỉnh ủy Kon Tum");
  await page.getByLabel(/^Kết quả — Nguyễn Thị Thu Hà/).selectOption({ label: "Được khen" });
  await page.getByRole("button", { name: "Lưu quyết định" }).click();
  await expect(page.getByText("Đã lưu quyết định.")).toBeVisible();
  await page.getByRole("link", { name: "Lịch sử khen thưởng — Ban Tổ chức Tỉnh ủy Kon Tum" }).click();
  await expect(page.getByRole("heading", { name: /Lịch sử khen thưởng — Ban Tổ chức Tỉnh ủy Kon Tum/ })).toBeVisible();
  const history = page.getByRole("table").filter({ hasText: FORM });
  await expect(history).toContainText("Nguyễn Thị Thu Hà");
  await expect(history).toContainText("15-QĐ/KTĐ");
});
