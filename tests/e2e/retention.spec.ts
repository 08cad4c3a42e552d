import { expect, test, useWorld } from "./fixtures";

/**
 * Files past their retention period (docs/decisions/0045-file-retention.md) in a province of this
 * spec's own: council staff see the 2014 evidence and not this year's, dispose of it with a reason
 * after the confirmation, find the record, and its download then says it was disposed of.
 */
const world = useWorld("retention");

test("council staff dispose of a file past its period with a record; its download says so", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.council);
  await page.goto(`/quan-tri/luu-tru?tinh=${w.province}`);
  const form = page.getByRole("form", { name: "Hủy tệp hết thời hạn lưu trữ" });
  const table = form.getByRole("table", { name: "Tệp hết thời hạn lưu trữ" });
  await expect(table.getByRole("row", { name: /minh-chung-2014\.pdf/ })).toContainText("31/12/2024");
  await expect(table.getByRole("row")).toHaveCount(2);
  await form.getByLabel("Lý do, căn cứ hủy").fill("Quyết định hủy tài liệu hết giá trị (kiểm thử)");
  await form.getByRole("button", { name: "Hủy các tệp đã chọn" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("không thể khôi phục");
  await dialog.getByRole("button", { name: "Hủy tệp" }).click();
  // The list is then empty (the form and its answer with it); the record is listed.
  await expect(page.getByText("Không có tệp nào hết thời hạn lưu trữ")).toBeVisible();
  await expect(page.getByText(/hủy 1 tệp.*Quyết định hủy tài liệu hết giá trị \(kiểm thử\)/)).toBeVisible();

  const res = await page.request.get(`/api/files/${w.expired}`);
  expect(res.status()).toBe(404);
  expect(await res.text()).toContain("Tệp đã được hủy theo thời hạn lưu trữ ngày");
  expect((await page.request.get(`/api/files/${w.recent}`)).status()).toBe(200);
});
