import type { Page } from "@playwright/test";
import { checkAccessibilityOnce } from "./accessibility";
import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * Scoring end to end on Kon Tum 2024 (the seeded, locked criteria table of docs/domain/scoring.md#worked-example):
 * two agency leaders self-score with evidence, one submission is refused until complete, the
 * chair verifies one entry with a changed value and a reason (the sheet's one form), an objection is rejected, the
 * results are published and the ranking shows the right order and bands. The seven other members
 * have no sheet: they are not ranked, so the chair publishes with a reason and the published
 * version lists them.
 *
 * Expected numbers (the formula of docs/domain/scoring.md#leader-relative): both agencies take the best level everywhere.
 * Criterion 1 (leader-relative, max 20): Ban Tổ chức 12/10 is the leader → 20; Ủy ban Kiểm tra
 * 11/10 → 10 + 10·(0.1/0.2) = 15. The chair verifies Ban Tổ chức's criterion 2 at 12 of 15.
 * Ban Tổ chức 97, but criterion 2 at 80% < 85% keeps it out of "xuất sắc" → "tốt";
 * Ủy ban Kiểm tra 95, criterion 1 at 75% is above its own 50% floor → "xuất sắc".
 * The bloc is this spec's own copy of the seeded Kon Tum bloc (tests/e2e/worlds.ts).
 */
const world = useWorld("scoring");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const EVIDENCE = new Set(["1", "2", "5", "18"]);
const COUNTS: Record<string, string> = { "4": "5", "11": "4", "13": "0" };

/** One criterion row of the sheet's form (its fieldset, named by its legend). */
const sheetRow = (page: Page, code: string) => page.getByRole("group", { name: `Tiêu chí ${code}`, exact: true });

/**
 * Fills every scorable row (best level, "Có", the counts above; bonus, penalty and gates left
 * empty, which means none), attaches the required evidence, and saves the sheet once.
 */
async function selfScoreEverything(page: Page, actual: string) {
  const legends = await page.getByRole("form", { name: "Bảng tự chấm" }).locator("fieldset > legend").allTextContents();
  for (const code of legends.map((l) => l.replace("Tiêu chí ", ""))) {
    const row = sheetRow(page, code);
    if (EVIDENCE.has(code)) {
      await row.getByLabel(/^Minh chứng/).setInputFiles({ name: `minh-chung-${code}.pdf`, mimeType: "application/pdf", buffer: PDF });
    }
    if (code === "1") {
      await row.getByLabel("Kết quả thực hiện").fill(actual);
      await row.getByLabel("Chỉ tiêu").fill("10");
      continue;
    }
    const select = row.locator("select");
    if (await select.count()) {
      const options = await select.locator("option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      // GRADED lists the best level first; YES_NO offers 1 = Có.
      await select.selectOption(options.includes("1") && options.length === 2 ? "1" : options[0]);
    } else if (COUNTS[code]) {
      await row.getByLabel("Số lượng").fill(COUNTS[code]);
    }
  }
  await saveSheet(page);
  for (const code of EVIDENCE)
    await expect(
      sheetRow(page, code)
        .locator("..")
        .getByRole("link", { name: `minh-chung-${code}.pdf` }),
    ).toBeVisible();
}

/** "Lưu bảng tự chấm", then wait until the bar says everything is saved. */
async function saveSheet(page: Page) {
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByRole("button", { name: "Nộp bảng tự chấm" })).toBeVisible();
  await expect(page.getByText(/^Đã lưu \d+ tiêu chí\.$|^Không có thay đổi mới\.$/)).toBeVisible();
}

/** The server checks the sheet first; the confirmation opens only when nothing is missing. */
async function submitSheet(page: Page) {
  await page.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
  await page.getByRole("dialog", { name: "Nộp bảng tự chấm?" }).getByRole("button", { name: "Nộp", exact: true }).click();
}

test("scoring: self-score with evidence, verify, reject an objection, publish the ranking and make it public", async ({ page, browser, signIn }) => {
  test.setTimeout(240_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2024`;
  const SCORING = `${BASE}/cham-diem`;
  await signIn(w.chair);
  for (const key of ["SELF_SCORING", "VERIFICATION", "OBJECTION"]) {
    await reopenPhase(page, BASE, key, "2099-12-31", "Kiểm thử: mở lại để chấm điểm bổ sung năm 2024.");
  }

  // Ban Tổ chức: a half-filled sheet is refused with the list of what is missing, before any
  // confirmation is asked for (the server checks first: docs/decisions/0021-check-before-confirming.md).
  await signIn(w.leader.BTC);
  await page.goto(`${SCORING}/tu-cham`);
  await sheetRow(page, "3").locator("select").selectOption({ index: 1 });
  await saveSheet(page);
  await page.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
  await expect(page.getByText("Chưa thể nộp bảng tự chấm, còn thiếu:")).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(
    page
      .getByText(/^1 .*chưa có minh chứng$/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByText("Đang tự chấm").first()).toBeVisible();

  await selfScoreEverything(page, "12");
  await submitSheet(page);
  await expect(page.getByText("Trạng thái: Đã nộp")).toBeVisible();

  // Ủy ban Kiểm tra.
  await signIn(w.leader.UBKT);
  await page.goto(`${SCORING}/tu-cham`);
  await selfScoreEverything(page, "11");
  await submitSheet(page);
  await expect(page.getByText("Trạng thái: Đã nộp")).toBeVisible();

  // The chair verifies: criterion 2 of Ban Tổ chức at 12 with a reason; both sheets completed.
  await signIn(w.chair);
  await page.goto(`${SCORING}/tham-dinh`);
  await page.getByRole("link", { name: "Thẩm định bảng điểm của Ban Tổ chức Tỉnh ủy Kon Tum" }).click();
  const row2 = page.getByRole("group", { name: "Thẩm định tiêu chí 2", exact: true });
  await row2.getByLabel("Điểm thẩm định").fill("12");
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(row2.getByText("Giá trị thẩm định khác giá trị tự chấm: vui lòng nêu lý do.")).toBeVisible(); // a changed value needs a reason
  await row2.getByLabel("Lý do (bắt buộc khi khác giá trị tự chấm)").fill("Hai đề án tham mưu ban hành chậm so với chương trình công tác.");
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByText("Đã lưu thẩm định 1 tiêu chí.")).toBeVisible();
  // "Trả lại" without a reason: the Vietnamese message by the field, no confirmation; with one, the
  // confirmation opens (and is cancelled here: the sheet is completed below).
  const returning = page.getByRole("form", { name: "Trả lại bảng điểm" });
  await returning.getByRole("button", { name: "Trả lại bảng điểm" }).click();
  await expect(returning.getByText("Vui lòng nhập lý do trả lại.")).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  await returning.getByLabel("Lý do trả lại").fill("Thiếu minh chứng tiêu chí 5.");
  await returning.getByRole("button", { name: "Trả lại bảng điểm" }).click();
  const confirmReturn = page.getByRole("dialog", { name: "Trả lại bảng điểm?" });
  await expect(confirmReturn).toBeVisible();
  await confirmReturn.getByRole("button", { name: "Hủy" }).click();
  await expect(confirmReturn).toBeHidden();
  await page.getByRole("button", { name: "Hoàn tất thẩm định" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await expect(page.getByRole("region", { name: /^Thẩm định bảng điểm — / }).getByText("Đã thẩm định", { exact: true })).toBeVisible();

  await page.goto(`${SCORING}/tham-dinh`);
  await page.getByRole("link", { name: "Thẩm định bảng điểm của Ủy ban Kiểm tra Tỉnh ủy Kon Tum" }).click();
  await page.getByRole("button", { name: "Hoàn tất thẩm định" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await expect(page.getByRole("region", { name: /^Thẩm định bảng điểm — / }).getByText("Đã thẩm định", { exact: true })).toBeVisible();

  // Ban Tổ chức sees self and verified side by side, and objects to criterion 2.
  await signIn(w.leader.BTC);
  await page.goto(`${SCORING}/khieu-nai`);
  const entry2 = page.getByTestId("entry-2");
  await entry2.getByText("Soạn khiếu nại").click();
  const objection = page.getByRole("form", { name: "Khiếu nại tiêu chí 2" });
  await objection.getByLabel("Lý do khiếu nại").fill("Hai đề án chậm do chờ ý kiến của Trung ương, không do cơ quan.");
  await objection.getByRole("button", { name: "Gửi khiếu nại" }).click();
  await expect(page.getByText("Đang chờ quyết định").first()).toBeVisible();

  // Publishing is refused while the objection is open, before any confirmation; the chair rejects it with a reason.
  await signIn(w.chair);
  await page.goto(`${SCORING}/cong-bo`);
  await page.getByRole("button", { name: "Công bố kết quả" }).click();
  await expect(page.getByRole("list", { name: "Khiếu nại chưa quyết định" })).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();

  await page.goto(`${SCORING}/khieu-nai`);
  const reject = page.getByRole("form", { name: "Không chấp nhận khiếu nại 2 — Ban Tổ chức Tỉnh ủy Kon Tum" });
  await reject.getByLabel("Lý do quyết định").fill("Văn bản giao nhiệm vụ đã xác định thời hạn; cơ quan không báo cáo xin lùi hạn.");
  await reject.getByRole("button", { name: "Không chấp nhận" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Không chấp nhận", exact: true }).click();
  await expect(page.getByText("Không được chấp nhận").first()).toBeVisible();

  // Publish with the reason the seven members without a sheet require, then read the published ranking.
  await page.goto(`${SCORING}/cong-bo`);
  await expect(page.getByRole("list", { name: "Cơ quan không được xếp hạng" }).getByRole("listitem")).toHaveCount(7);
  await page
    .getByLabel("Lý do công bố khi còn cơ quan chưa được xếp hạng")
    .fill("Kiểm thử: bảy cơ quan chưa lập bảng tự chấm; công bố kết quả hai cơ quan đã được thẩm định.");
  await page.getByRole("button", { name: "Công bố kết quả" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Công bố", exact: true }).click();
  await expect(page.getByText("Đã công bố kết quả, phiên bản 1.")).toBeVisible();
  await page.getByRole("link", { name: "Phiên bản 1" }).click();
  await expect(page.getByText(/Kết quả đã công bố ngày \d\d\/\d\d\/\d{4} — không thể sửa/)).toBeVisible();

  const ranking = page.getByRole("table", { name: "Bảng xếp hạng thi đua năm 2024" });
  const rows = ranking.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum");
  await expect(rows.nth(0)).toContainText("(Nhất)");
  await expect(rows.nth(0)).toContainText("97");
  await expect(rows.nth(0)).toContainText("Hoàn thành tốt nhiệm vụ");
  // The row says why not "xuất sắc": criterion 2, verified at 12 of 15, is below its 85% floor.
  await expect(rows.nth(0)).toContainText("Chưa đạt “Hoàn thành xuất sắc nhiệm vụ”: tiêu chí 2 đạt 80% (cần 85%)");
  await expect(rows.nth(1)).toContainText("Ủy ban Kiểm tra Tỉnh ủy Kon Tum");
  await expect(rows.nth(1)).toContainText("(Nhì)");
  await expect(rows.nth(1)).toContainText("95");
  await expect(rows.nth(1)).toContainText("Hoàn thành xuất sắc nhiệm vụ");
  const excluded = page.getByRole("list", { name: "Cơ quan không được xếp hạng" }).getByRole("listitem");
  await expect(excluded).toHaveCount(7);
  await expect(excluded.first()).toContainText("Chưa lập bảng tự chấm");

  // The chair reads the log in words: the sheet "Đã nộp", the entry's points and fields by name,
  // no ids, no internal field names.
  await page.goto(`${BASE}/nhat-ky?loai=ScoreSheet`);
  await expect(page.getByRole("table").first()).toContainText("Đã thẩm định");
  await expect(page.getByRole("table").first()).toContainText("Đã nộp");
  await page.goto(`${BASE}/nhat-ky?loai=ScoreEntry`);
  await expect(page.getByRole("table").first()).toContainText("Điểm thẩm định");
  await expect(page.getByRole("table").first()).toContainText("Điểm tự chấm");
  const log = await page.getByRole("table").first().innerText();
  for (const internal of ["VERIFIED", "SUBMITTED", "selfPoints", "sheetVersion", "criterionCode", "agencyId"]) expect(log).not.toContain(internal);
  await page.getByLabel("Người thực hiện").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/[?&]nguoi=/);
  await expect(page.getByTestId("audit-entry").first()).toBeVisible();

  // An observer reads the published version too.
  await signIn(w.observer);
  await page.goto(`${SCORING}/cong-bo/1`);
  await expect(page.getByRole("table", { name: "Bảng xếp hạng thi đua năm 2024" }).locator("tbody tr").first()).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum");

  // The chair makes the ranking public: a visitor who is not signed in reads it (ranking and bands
  // only); a year not made public is not found.
  await signIn(w.chair);
  await page.goto(`${SCORING}/cong-bo`);
  await page.getByRole("button", { name: "Công khai kết quả" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Công khai", exact: true }).click();
  await expect(page.getByText("Đã công khai kết quả")).toBeVisible();
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const publicUrl = new URL(`/cong-khai/${w.bloc}/2024`, page.url()).toString();
  expect((await visitor.goto(publicUrl))?.status()).toBe(200);
  await expect(visitor).toHaveURL(publicUrl);
  const publicRanking = visitor.getByRole("table", { name: "Bảng xếp hạng năm 2024" }).locator("tbody tr");
  await expect(publicRanking).toHaveCount(2);
  await expect(publicRanking.nth(0)).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum");
  await expect(publicRanking.nth(0)).toContainText("Hoàn thành tốt nhiệm vụ");
  await expect(visitor.getByText("tiêu chí 2")).toHaveCount(0);
  await checkAccessibilityOnce(visitor); // a page of another context: the fixture checks only `page`
  expect((await visitor.goto(new URL(`/cong-khai/${w.bloc}/2023`, page.url()).toString()))?.status()).toBe(404);
  await visitorContext.close();
});
