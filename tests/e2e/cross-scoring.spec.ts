import type { Page } from "@playwright/test";
import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * Cross-scoring (chấm chéo, docs/domain/score-review.md#cross-scoring) on Kon Tum 2023, seeded in that mode: two members score
 * Văn phòng Tỉnh ủy; the second cannot see the first one's scores until it has submitted its
 * own; then the mean and the spread show, and the chair's summary flags the criterion where the
 * scorers differ by more than the threshold the chair set in the year's rules. The bloc is this
 * spec's own copy of the seeded Kon Tum bloc (tests/e2e/worlds.ts).
 */
const world = useWorld("cross-scoring");

/** Every criterion 0 points except criterion 2 (max 15), scored `second`, saved with the sheet's one "Lưu". */
async function scoreEverything(page: Page, second: string) {
  const form = page.getByRole("form", { name: "Bảng chấm chéo" });
  const codes = await form
    .getByRole("group", { name: /^Chấm chéo tiêu chí / })
    .evaluateAll((groups) => groups.map((g) => g.querySelector("legend")!.textContent!.replace("Chấm chéo tiêu chí ", "")));
  expect(codes.length).toBeGreaterThan(20);
  // One button saves every criterion; no row has a save button of its own.
  await expect(form.getByRole("button", { name: /^Lưu/ })).toHaveCount(1);
  for (const code of codes) {
    const value = code === "2" ? second : "0";
    await form
      .getByRole("group", { name: `Chấm chéo tiêu chí ${code}`, exact: true })
      .getByLabel("Điểm chấm chéo")
      .fill(value);
  }
  await expect(form.getByText(`Đã chấm ${codes.length}/${codes.length} tiêu chí`)).toBeVisible();
  await page.getByRole("button", { name: "Lưu điểm chấm chéo" }).click();
  await expect(page.getByText("Đã chấm tất cả tiêu chí: có thể nộp.")).toBeVisible();
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Nộp điểm chấm chéo" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nộp", exact: true }).click();
  await expect(page.getByTestId("cross-submitted")).toBeVisible();
}

test("cross-scoring: scores hidden until one's own are submitted, then mean, spread and flag", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2023`;
  const TARGET = `${BASE}/cham-diem/cham-cheo/${w.agency.VP}`;
  await signIn(w.chair);
  await reopenPhase(page, BASE, "VERIFICATION", "2099-12-31", "Kiểm thử: mở lại để chấm chéo bổ sung năm 2023.");
  await page.goto(`${BASE}/cham-diem/quy-tac`);
  await page.getByLabel("Ngưỡng chênh lệch chấm chéo (điểm)").fill("5");
  await page.getByRole("button", { name: "Lưu quy tắc", exact: true }).click();
  await expect(page.getByText("Đã lưu quy tắc chấm điểm của năm.")).toBeVisible();

  // Ban Tổ chức scores Văn phòng and submits.
  await signIn(w.leader.BTC);
  await page.goto(TARGET);
  await scoreEverything(page, "15");
  await submit(page);

  // Ủy ban Kiểm tra sees nobody else's scores before submitting its own…
  await signIn(w.leader.UBKT);
  await page.goto(TARGET);
  await expect(page.getByText("Ban Tổ chức Tỉnh ủy Kon Tum: 15")).toHaveCount(0);
  await expect(page.getByTestId("cross-others-2")).toHaveCount(0);
  await scoreEverything(page, "9");
  await submit(page);

  // …and the mean, the spread and the flag afterwards.
  const others = page.getByTestId("cross-others-2");
  await expect(others).toContainText("Ban Tổ chức Tỉnh ủy Kon Tum: 15");
  await expect(others).toContainText("Trung bình: 12");
  await expect(others).toContainText("chênh lệch 6");
  await expect(others).toContainText("chênh lệch lớn");

  // The target's own users never see who gave what.
  await signIn(w.leader.VP);
  await page.goto(TARGET);
  await expect(page.getByText("Không cơ quan nào được chấm chéo cơ quan của chính mình.")).toBeVisible();
  await expect(page.getByText("Ban Tổ chức Tỉnh ủy Kon Tum: 15")).toHaveCount(0);

  // The chair's own agency is a scorer that has not submitted, so its summary row stays hidden;
  // council staff (no agency) read the summary, with criterion 2 of Văn phòng flagged.
  await signIn(w.chair);
  await page.goto(`${BASE}/cham-diem/cham-cheo`);
  await expect(page.getByRole("row", { name: /^Văn phòng Tỉnh ủy Kon Tum/ })).toContainText("Hiện sau khi cơ quan của bạn nộp điểm chấm chéo");
  await signIn("admin@thiduakhoi.vn");
  await page.goto(`${BASE}/cham-diem/cham-cheo`);
  await expect(page.getByTestId("cross-summary").locator('[data-flagged="true"]').first()).toContainText("chênh lệch lớn");
});
