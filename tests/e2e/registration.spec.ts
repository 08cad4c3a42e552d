import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * Registration (docs/domain/yearly-cycle.md#registration): an agency officer drafts the registration, the leader submits it,
 * the secretary returns it with a reason; an officer of another agency
 * cannot edit it, even by URL. The bloc is this spec's own copy of the seeded Kon Tum bloc
 * (tests/e2e/worlds.ts).
 */
const world = useWorld("registration");

test("registration: drafted, submitted, returned with a reason; other agencies cannot touch it", async ({ page, signIn }) => {
  const w = world();
  const BASE = `/khoi/${w.bloc}/2024`;
  const PAGE = `${BASE}/dang-ky/dang-ky-thi-dua`;
  await signIn(w.chair);
  await reopenPhase(page, BASE, "REGISTRATION", "2099-12-31", "Kiểm thử: mở lại để các cơ quan đăng ký bổ sung.");

  // The officer of Ban Tổ chức drafts.
  await signIn(w.officer.BTC);
  await page.goto(PAGE);
  await page
    .getByRole("group", { name: "Danh hiệu đăng ký" })
    .getByLabel(/Tập thể lao động xuất sắc/)
    .check();
  await page.getByLabel("Chỉ tiêu 1", { exact: true }).fill("≥ 95% cán bộ, công chức đạt danh hiệu Lao động tiên tiến");
  await page.getByLabel("Loại chỉ tiêu 1").selectOption("PERCENT");
  await page.getByLabel("Giá trị 1").fill("95");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status")).toContainText(/lưu/i);
  // Only the leader may submit.
  await expect(page.getByRole("button", { name: "Gửi đăng ký" })).toHaveCount(0);

  // The leader submits.
  await signIn(w.leader.BTC);
  await page.goto(PAGE);
  await expect(page.getByLabel("Chỉ tiêu 1", { exact: true })).toHaveValue("≥ 95% cán bộ, công chức đạt danh hiệu Lao động tiên tiến");
  await page.getByRole("button", { name: "Gửi đăng ký" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận gửi" }).click();
  await expect(page.getByText("Đã gửi").first()).toBeVisible();

  // The secretary returns it with a reason.
  await signIn(w.secretary);
  await page.goto(PAGE);
  const row = page.getByRole("row", { name: /Ban Tổ chức Tỉnh ủy Kon Tum/ });
  await expect(row).toContainText("Đã gửi");
  await row.getByRole("button", { name: "Trả lại" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Lý do trả lại").fill("Đề nghị bổ sung chỉ tiêu về công tác tham mưu.");
  await dialog.getByRole("button", { name: "Xác nhận trả lại" }).click();
  await expect(page.getByRole("row", { name: /Ban Tổ chức Tỉnh ủy Kon Tum/ })).toContainText("Trả lại");

  // The agency sees the reason.
  await signIn(w.officer.BTC);
  await page.goto(PAGE);
  await expect(page.getByText("Đề nghị bổ sung chỉ tiêu về công tác tham mưu.")).toBeVisible();

  // An officer of another agency cannot open or edit it.
  await signIn(w.officer.VP);
  const response = await page.goto(`${PAGE}/${w.agency.BTC}`);
  expect(response?.status()).toBe(404);
  await page.goto(PAGE);
  await expect(page.getByText("≥ 95% cán bộ, công chức đạt danh hiệu Lao động tiên tiến")).toHaveCount(0);
});
