import { expect, test, useWorld } from "./fixtures";
import { EVIDENCE_ROW, SHORT } from "./sixty-criteria";

/**
 * Late submission (docs/decisions/0042-late-submission.md): self-scoring ended two days ago. The
 * chair accepts late sheets for five days at 0,5 point a day; Văn phòng's leader fills the sheet,
 * is warned before confirming, submits; the chair verifies it and the ranking shows the deduction
 * "Trừ điểm nộp muộn (2 ngày)" with its reason.
 */
test.describe.configure({ mode: "serial" });

const world = useWorld("late-submission");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const base = () => `/khoi/${world().bloc}/${world().year}`;

test("the chair accepts late self-scoring sheets with a deduction per day", async ({ page, signIn }) => {
  await signIn(world().chair);
  await page.goto(`${base()}/cham-diem/quy-tac`);
  const form = page.getByRole("form", { name: "Quy tắc nộp muộn" });
  const step = form.getByRole("group", { name: "Nộp bảng tự chấm điểm" });
  await step.getByLabel("Nhận nộp muộn và trừ điểm").check();
  await step.getByLabel("Số ngày nhận nộp muộn").fill("5");
  await step.getByLabel("Cách trừ điểm").selectOption("PER_DAY");
  await step.getByLabel("Số điểm trừ (một lần, hoặc mỗi ngày)").fill("0,5");
  await step.getByLabel("Trừ tối đa (theo ngày)").fill("2");
  await form.getByRole("button", { name: "Lưu quy tắc nộp muộn" }).click();
  await expect(form.getByText("Đã lưu quy tắc nộp muộn.")).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("form", { name: "Quy tắc nộp muộn" })
      .getByRole("group", { name: "Nộp bảng tự chấm điểm" })
      .getByLabel("Số điểm trừ (một lần, hoặc mỗi ngày)"),
  ).toHaveValue("0,5");
});

test("the leader submits late: warned before confirming, the deduction recorded", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.leader);
  await page.goto(`${base()}/cham-diem/tu-cham`);
  await expect(page.getByTestId("late-warning")).toContainText("Nộp bảng tự chấm điểm muộn 2 ngày");
  for (const g of SHORT.groups) {
    for (let i = 1; i <= SHORT.perGroup; i++) {
      await page
        .getByRole("group", { name: `Tiêu chí ${g}.${i}`, exact: true })
        .getByLabel("Mức đạt")
        .selectOption("2");
    }
    await page
      .getByRole("group", { name: `Tiêu chí ${g}.${EVIDENCE_ROW}`, exact: true })
      .getByLabel(/^Minh chứng/)
      .setInputFiles({ name: `minh-chung-${g}.pdf`, mimeType: "application/pdf", buffer: PDF });
  }
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByText("Bảng đã đủ điều kiện để nộp.")).toBeVisible();
  await page.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("muộn 2 ngày");
  await expect(dialog).toContainText("Cơ quan sẽ bị trừ 1 điểm vào tổng điểm.");
  await dialog.getByRole("button", { name: "Nộp", exact: true }).click();
  await expect(page.getByTestId("submitted-banner")).toContainText("Đã nộp bảng tự chấm");
  await expect(page.getByTestId("late-recorded")).toHaveText("Trừ điểm nộp muộn (2 ngày): −1 điểm vào tổng điểm.");
});

test("the chair sees the late sheet, verifies it, and the ranking shows the deduction", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.chair);
  await page.goto(`${base()}/cham-diem/tu-cham`);
  const overrides = page.getByTestId("deadline-overrides");
  await expect(overrides).toContainText("Quy tắc của năm: Nhận nộp muộn trong 5 ngày, trừ 0,5 điểm mỗi ngày, tối đa 2 điểm.");
  await expect(overrides.getByRole("row", { name: new RegExp(w.agencyName) })).toContainText("Trừ điểm nộp muộn (2 ngày): −1 điểm");

  await page.goto(`${base()}/cham-diem/tham-dinh`);
  await page.getByRole("link", { name: `Thẩm định bảng điểm của ${w.agencyName}` }).click();
  await page.getByRole("button", { name: "Đánh dấu tất cả là đã thẩm định" }).click();
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByText(/^Đã lưu thẩm định \d+ tiêu chí\.$/)).toBeVisible();
  await page.getByRole("button", { name: "Hoàn tất thẩm định" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await expect(page.getByTestId("verified-banner")).toBeVisible();

  await page.goto(`${base()}/cham-diem/ket-qua`);
  const ranking = page.getByRole("table", { name: `Bảng xếp hạng thi đua năm ${w.year}` });
  const row = ranking.getByRole("row", { name: new RegExp(w.agencyName) });
  await expect(row.getByTestId("late-deduction")).toContainText("Trừ điểm nộp muộn (2 ngày): −1");
  await expect(row.getByTestId("late-deduction")).toContainText("Nộp bảng tự chấm điểm muộn 2 ngày so với hạn");
});
