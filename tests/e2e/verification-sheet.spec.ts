import type { Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";

/**
 * The verification sheet as one form, on a submitted 60-criterion sheet (tests/e2e/sixty-criteria.ts;
 * 63 rows with the bonus, penalty and gate): the chair finds the rows still to verify at the top,
 * jumps by group, changes one value (refused until it has a reason, next to its row), agrees with
 * every other row and saves the whole sheet with one "Lưu" — never a save per row — then
 * completes it. A pause saves a draft on its own. Another sheet is returned with a reason.
 */
const world = useWorld("verification-sheet");

const verifyRow = (page: Page, code: string) => page.getByRole("group", { name: `Thẩm định tiêu chí ${code}`, exact: true });

async function openSheet(page: Page, agencyName: string) {
  const w = world();
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tham-dinh`);
  await page.getByRole("link", { name: `Thẩm định bảng điểm của ${agencyName}` }).click();
}

test("verification: the chair verifies a 60-criterion sheet with one save and completes it", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();
  await signIn(w.chair);
  await openSheet(page, w.agencyName);
  const form = page.getByRole("form", { name: "Bảng thẩm định" });
  await expect(form.getByText("Đã thẩm định 0/63 tiêu chí")).toBeVisible();
  // One button saves the sheet; no row has a save button of its own.
  await expect(form.getByRole("button", { name: /^Lưu/ })).toHaveCount(1);
  // The rows still to verify are listed at the top (folded: 63 lines), each a link to its row.
  await page.getByText("Còn 63 tiêu chí chưa thẩm định (theo dữ liệu đã lưu): xem danh sách").click();
  await page.getByRole("link", { name: "I.1 Tiêu chí I.1: chưa thẩm định", exact: true }).click();
  await expect(page).toHaveURL(/#tc-.*-I\.1$/);

  // Agreeing with one row and pausing saves it on its own.
  await verifyRow(page, "I.1").getByLabel("Đã thẩm định").check();
  await expect(page.getByText("Đã lưu thẩm định 1 tiêu chí.")).toBeVisible({ timeout: 15_000 });
  await expect(form.getByText("Đã thẩm định 1/63 tiêu chí")).toBeVisible();

  // Group II: a value changed ticks its row; the whole save is refused until it has a reason.
  await page.getByRole("navigation", { name: "Đi tới nhóm tiêu chí" }).getByRole("link", { name: "II. Nhóm tiêu chí II", exact: true }).click();
  await expect(page).toHaveURL(/#tc-.*-II$/);
  const changed = verifyRow(page, "II.1");
  await expect(changed.getByLabel("Điểm thẩm định")).toHaveValue("3");
  await changed.getByLabel("Điểm thẩm định").fill("2");
  await expect(changed.getByLabel("Đã thẩm định")).toBeChecked();
  await form.getByRole("button", { name: "Đánh dấu tất cả là đã thẩm định" }).click();
  await expect(form.getByText("Đã thẩm định 63/63 tiêu chí")).toBeVisible();
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(changed.getByText("Giá trị thẩm định khác giá trị tự chấm: vui lòng nêu lý do.")).toBeVisible();
  await expect(page.getByText("Chưa lưu: 1 tiêu chí cần sửa (xem thông báo ở từng tiêu chí).")).toBeVisible();

  await changed.getByLabel("Lý do (bắt buộc khi khác giá trị tự chấm)").fill("Biên bản kiểm tra ghi nhận mức Hoàn thành.");
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByText("Đã lưu thẩm định 62 tiêu chí.")).toBeVisible();
  await expect(page.getByText("Đã thẩm định tất cả tiêu chí.")).toBeVisible();

  await page.getByRole("button", { name: "Hoàn tất thẩm định" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await expect(page.getByTestId("verified-banner")).toContainText(/^Đã hoàn tất thẩm định ngày \d\d\/\d\d\/\d{4}\./);
  // Read-only now: no form, and the changed row shows its verified points and reason.
  await expect(page.getByRole("form", { name: "Bảng thẩm định" })).toHaveCount(0);
  await expect(page.getByTestId("verify-row-II.1")).toContainText("2 điểm");
  await expect(page.getByTestId("verify-row-II.1")).toContainText("Lý do: Biên bản kiểm tra ghi nhận mức Hoàn thành.");
});

test("verification: a returned sheet says so with its reason", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.chair);
  await openSheet(page, w.otherName);
  await page.getByLabel("Lý do trả lại").fill("Thiếu minh chứng của nhóm tiêu chí I.");
  await page.getByRole("button", { name: "Trả lại bảng điểm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Trả lại", exact: true }).click();
  const banner = page.getByTestId("returned-banner");
  await expect(banner).toContainText("Đã trả lại bảng điểm cho cơ quan để sửa và nộp lại.");
  await expect(banner).toContainText("Lý do: Thiếu minh chứng của nhóm tiêu chí I.");
});
