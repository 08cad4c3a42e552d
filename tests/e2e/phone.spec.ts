import type { Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";
import { EVIDENCE_ROW, SHORT } from "./sixty-criteria";

/**
 * The main job of each role on a phone (390×844): the leader fills and submits the agency's
 * self-scoring sheet, the chair verifies it and publishes the ranking, the observer reads it,
 * the secretary sets the year's programme, council staff set up a new bloc. Every page is
 * reached through the phone's menus, and none is wider than the screen.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.describe.configure({ mode: "serial" });

const world = useWorld("phone");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const base = () => `/khoi/${world().bloc}/${world().year}`;

/** Opens the year's steps menu and follows one step, as a thumb would. */
async function goToStep(page: Page, step: string) {
  const steps = page.getByRole("navigation", { name: "Các bước trong năm" });
  await steps.getByRole("button", { name: /^Các bước/ }).click();
  await steps.getByRole("link", { name: new RegExp(`${step}$`) }).click();
  await expect(steps.getByRole("button", { name: new RegExp(`Các bước ${step}$`) })).toBeVisible();
}

/** The page fits the screen: nothing but a table's own frame scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test("the leader fills and submits the sheet on a phone", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.leader);
  await expectNoSidewaysScroll(page);
  await goToStep(page, "Chấm điểm");
  await page.getByRole("link", { name: "Tự chấm", exact: true }).click();
  const form = page.getByRole("form", { name: "Bảng tự chấm" });
  await expect(form.getByText(`Đã chấm 0/${SHORT.groups.length * SHORT.perGroup} tiêu chí`)).toBeVisible();
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
  await expectNoSidewaysScroll(page);
  await page.getByRole("button", { name: "Nộp bảng tự chấm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Nộp", exact: true }).click();
  await expect(page.getByTestId("submitted-banner")).toContainText("Đã nộp bảng tự chấm");
});

test("the chair verifies the sheet and publishes the ranking on a phone", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.chair);
  await goToStep(page, "Chấm điểm");
  await page.getByRole("link", { name: "Thẩm định", exact: true }).click();
  await page.getByRole("link", { name: `Thẩm định bảng điểm của ${w.agencyName}` }).click();
  await expectNoSidewaysScroll(page);
  // The whole sheet agreed with and saved at once (its rows and the bonus, penalty and gate).
  const rows = SHORT.groups.length * SHORT.perGroup + 3;
  await page.getByRole("button", { name: "Đánh dấu tất cả là đã thẩm định" }).click();
  await page.getByRole("button", { name: "Lưu thẩm định" }).click();
  await expect(page.getByText(`Đã lưu thẩm định ${rows} tiêu chí.`)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByRole("button", { name: "Hoàn tất thẩm định" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Hoàn tất", exact: true }).click();
  await expect(page.getByRole("region", { name: /^Thẩm định bảng điểm — / }).getByText("Đã thẩm định", { exact: true })).toBeVisible();
  await expect(page.getByTestId("verified-banner")).toBeVisible();

  await page.goto(`${base()}/cham-diem/cong-bo`);
  await page.getByLabel("Lý do công bố khi còn cơ quan chưa được xếp hạng").fill("Kiểm thử trên điện thoại: công bố kết quả cơ quan đã được thẩm định.");
  await page.getByRole("button", { name: "Công bố kết quả" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Công bố", exact: true }).click();
  await expect(page.getByText("Đã công bố kết quả, phiên bản 1.")).toBeVisible();
});

test("the observer reads the published ranking on a phone", async ({ page, signIn }) => {
  const w = world();
  await signIn(w.observer);
  await page.goto(`${base()}/cham-diem/cong-bo/1`);
  const ranking = page.getByRole("table", { name: `Bảng xếp hạng thi đua năm ${w.year}` });
  await expect(ranking.locator("tbody tr").first()).toContainText(w.agencyName);
  // The table scrolls inside its own frame, which the keyboard can reach.
  await expect(page.getByRole("region", { name: `Bảng xếp hạng thi đua năm ${w.year}` })).toHaveAttribute("tabindex", "0");
  await expectNoSidewaysScroll(page);
});

test("the secretary sets the year's programme on a phone", async ({ page, signIn }) => {
  await signIn(world().secretary);
  await goToStep(page, "Thiết lập khối");
  await page.getByRole("navigation", { name: "Các mục thiết lập khối" }).getByRole("link", { name: "Chương trình, nhiệm vụ", exact: true }).click();
  await page.getByLabel("Chủ đề thi đua").fill("Đoàn kết, kỷ cương, đổi mới, hiệu quả");
  await page.getByRole("button", { name: "Lưu chương trình" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("council staff set up a new bloc from the phone's menu", async ({ page, signIn }) => {
  const code = `E2E-DT-${world().id}`;
  await signIn(world().council);
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: /Menu/ }).click();
  await header.getByRole("link", { name: "Các khối" }).click();
  await page.getByRole("link", { name: "Lập khối mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lập khối, cụm thi đua mới" })).toBeVisible();
  await expect(page).toHaveURL(/\/khoi\/moi$/);
  await page.getByLabel("Mã khối").fill(code);
  await page.getByLabel("Tên khối").fill("Khối thi đua thử nghiệm trên điện thoại");
  await page.getByLabel("Cơ quan tổ chức, theo dõi khối").fill("Hội đồng Thi đua – Khen thưởng tỉnh");
  await page.getByRole("button", { name: "Lập khối" }).click();
  await expect(page).toHaveURL(new RegExp(`/khoi/${code}/\\d{4}/thiet-lap/thanh-vien$`));
  await expectNoSidewaysScroll(page);
});
