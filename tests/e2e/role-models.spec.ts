import type { Locator } from "@playwright/test";
import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * Role models (docs/decisions/0039) on this spec's copy of Kon Tum 2023: Ban Tổ chức's leader
 * finds a collective role model, takes it through the "4 khâu" one stage at a time (a day before
 * the last stage is refused), and once it reaches "nhân rộng" proposes it for an award from the
 * register: the nomination form opens filled with the role model, and the draft is linked to it.
 * Then the entry is corrected (docs/decisions/0041: a day out of order is refused, the fix is
 * saved), a second entry made by mistake is removed after confirming, and the chair reads the
 * replicated role model in the year-end report.
 */
const world = useWorld("role-models");
const NAME = "Chi bộ Phòng Tổ chức cán bộ (kiểm thử điển hình)";
const FORM = "Tập thể lao động tiên tiến";

async function advance(row: Locator, stage: string, day: string) {
  await row.getByLabel(`Ngày ${stage.toLowerCase()}`).fill(day);
  await row.getByRole("button", { name: `Chuyển sang “${stage}”` }).click();
  await row
    .page()
    .getByRole("dialog")
    .getByRole("button", { name: `Chuyển sang “${stage}”` })
    .click();
  await expect(row).toContainText(`${stage}: ${day}`);
}

test("role-models: a role model reaches “nhân rộng” and is proposed for an award from the register", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2023`;

  // ── The chair opens nominations again for this past year ──
  await signIn(w.chair);
  await reopenPhase(page, BASE, "NOMINATION", "2099-12-31", "Kiểm thử: đề nghị khen thưởng điển hình tiên tiến năm 2023.");

  // ── Ban Tổ chức finds its role model ──
  await signIn(w.leader.BTC);
  await page.goto(`${BASE}/khen-thuong/dien-hinh`);
  await expect(page.getByText("Chưa có điển hình tiên tiến nào cho năm 2023.")).toBeVisible();
  const form = page.getByRole("form", { name: "Thêm điển hình" });
  await form.getByLabel("Tên tập thể").fill(NAME);
  await form.getByLabel("Ngày phát hiện").fill("15/02/2023");
  await form.getByLabel("Tóm tắt thành tích").fill("Mô hình “Chi bộ bốn tốt” được các chi bộ trong khối học tập.");
  await form.getByRole("button", { name: "Thêm điển hình" }).click();
  const row = page.getByRole("row", { name: NAME });
  await expect(row).toContainText("Phát hiện: 15/02/2023");
  await expect(row.getByRole("link", { name: "Đề nghị khen thưởng" })).toHaveCount(0);

  // ── The four stages, in order; a day before the last stage is refused ──
  await advance(row, "Bồi dưỡng", "10/04/2023");
  await row.getByLabel("Ngày tổng kết").fill("01/03/2023");
  await row.getByRole("button", { name: "Chuyển sang “Tổng kết”" }).click();
  await expect(row.getByText("Ngày tổng kết không được trước ngày bồi dưỡng (10/04/2023).").first()).toBeVisible();
  await advance(row, "Tổng kết", "20/09/2023");
  await advance(row, "Nhân rộng", "15/11/2023");

  // ── Filtered by stage, then proposed from the register ──
  await page.getByLabel("Khâu", { exact: true }).selectOption({ label: "Nhân rộng" });
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page).toHaveURL(/khau=REPLICATED/);
  await page.getByRole("row", { name: NAME }).getByRole("link", { name: "Đề nghị khen thưởng" }).click();
  await expect(page.getByRole("heading", { name: `Đề nghị khen thưởng điển hình: ${NAME}` })).toBeVisible();
  await expect(page.getByLabel("Tập thể được đề nghị")).toHaveValue(NAME);
  await expect(page.getByLabel("Tóm tắt thành tích")).toHaveValue("Mô hình “Chi bộ bốn tốt” được các chi bộ trong khối học tập.");
  await page.getByLabel("Hình thức khen thưởng").selectOption({ label: `${FORM} (tập thể)` });
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  await expect(page.getByText("Đã thêm đề nghị (đang soạn).")).toBeVisible();
  await expect(page.getByRole("row", { name: NAME }).first()).toContainText("Đang soạn");

  // ── The register shows the nomination made from it ──
  await page.goto(`${BASE}/khen-thuong/dien-hinh`);
  await expect(page.getByRole("row", { name: NAME })).toContainText(`Đã đề nghị ${FORM} (Đang soạn)`);

  // ── The entry is corrected: a day before the previous stage is refused, then the fix is saved ──
  const entry = page.getByRole("row", { name: NAME });
  await entry.getByText("Sửa điển hình").click();
  const edit = entry.getByRole("form", { name: `Sửa ${NAME}` });
  await edit.getByLabel("Ngày bồi dưỡng").fill("10/02/2023");
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(edit.getByText("Ngày bồi dưỡng không được trước ngày phát hiện (15/02/2023).")).toBeVisible();
  await edit.getByLabel("Ngày bồi dưỡng").fill("12/04/2023");
  await edit.getByLabel("Tóm tắt thành tích").fill("Mô hình “Chi bộ bốn tốt” được các chi bộ trong khối học tập và nhân rộng.");
  await edit.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(page.getByText("Đã lưu thay đổi của điển hình.")).toBeVisible();
  await expect(entry).toContainText("Bồi dưỡng: 12/04/2023");
  await expect(entry).toContainText("được các chi bộ trong khối học tập và nhân rộng.");
  // A nomination was made from it: it stays in the register.
  await expect(entry).toContainText("Không xóa được: đã có đề nghị khen thưởng lập từ điển hình này.");

  // ── An entry added by mistake is removed, after confirming ──
  const MISTAKE = "Tổ công tác nhập nhầm (kiểm thử)";
  await form.getByLabel("Tên tập thể").fill(MISTAKE);
  await form.getByLabel("Ngày phát hiện").fill("01/03/2023");
  await form.getByLabel("Tóm tắt thành tích").fill("Nhập nhầm.");
  await form.getByRole("button", { name: "Thêm điển hình" }).click();
  const mistake = page.getByRole("row", { name: MISTAKE });
  await mistake.getByText("Sửa điển hình").click();
  await mistake.getByRole("button", { name: "Xóa điển hình" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xóa điển hình" }).click();
  // The row goes with its form (and the form's message): the register no longer lists it.
  await expect(page.getByRole("row", { name: MISTAKE })).toHaveCount(0);
  await expect(page.getByRole("row", { name: NAME })).toHaveCount(1);

  // ── The chair reads the replicated role model in the year-end report (a draft is not a proposal yet) ──
  await signIn(w.chair);
  await page.goto(`${BASE}/tong-ket/bao-cao`);
  await expect(page.getByText("6. Phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến")).toBeVisible();
  await expect(page.getByText("Sổ điển hình tiên tiến năm 2023 ghi nhận 1 điển hình (tập thể và cá nhân); số điển hình đã đạt từng khâu:")).toBeVisible();
  const replicated = page.getByRole("row", { name: `${NAME} (tập thể)` });
  await expect(replicated).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum");
  await expect(replicated).toContainText("Chưa đề nghị");
});
