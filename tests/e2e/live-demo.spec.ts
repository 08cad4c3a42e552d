import { expect, LIVE_YEAR, test, useWorld } from "./fixtures";

/**
 * The demo stays live: the seed places the current year's phases around the day it runs
 * (docs/decisions/0005), so on any day a newcomer finds each stage open somewhere — self-scoring,
 * verification, a conference with an open vote, nominations under review — and published results
 * with charts to look at. The accounts are the DEMO ones of docs/demo-accounts.md. The demo is
 * only read, so every run finds it the same; the vote is closed on this spec's own copy of the
 * central bloc's conference, built by the same seed step (tests/e2e/worlds.ts).
 */
const world = useWorld("live-demo");
const LANDINGS: [string, string][] = [
  ["thuky.cantho@thiduakhoi.vn", "CT-CQD"],
  ["lanhdao.btc.cantho@thiduakhoi.vn", "CT-CQD"],
  ["canbo.btc.cantho@thiduakhoi.vn", "CT-CQD"],
  ["truongkhoi.quangngai@thiduakhoi.vn", "QNG-CQD"],
  ["lanhdao.vp.quangngai@thiduakhoi.vn", "QNG-CQD"],
  ["truongkhoi.trunguong@thiduakhoi.vn", "TW-CQD"],
  ["lanhdao.btc.trunguong@thiduakhoi.vn", "TW-CQD"],
  ["truongkhoi.ninhbinh@thiduakhoi.vn", "NB-CQD"],
  ["lanhdao.ubkt.ninhbinh@thiduakhoi.vn", "NB-CQD"],
];

for (const [email, bloc] of LANDINGS) {
  test(`${email} lands on ${bloc} ${LIVE_YEAR} with a phase open today`, async ({ page, signIn }) => {
    await signIn(email);
    await expect(page).toHaveURL(new RegExp(`/khoi/${bloc}/${LIVE_YEAR}$`));
    await expect(page.getByTestId("open-phases")).not.toBeEmpty();
    await expect(page.getByText("Đang mở:").first()).toBeVisible();
  });
}

test("council staff land on their blocs, each with the phase open today", async ({ page, signIn }) => {
  await signIn("hoidong.ninhbinh@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi$/);
  await expect(page.getByTestId("bloc-row-NB-CQD")).toContainText("Đề nghị khen thưởng");
  // Ninh Bình absorbed Hà Nam and Nam Định: their history is listed too.
  await expect(page.getByTestId("bloc-row-HNA-CQD")).toBeVisible();
  await expect(page.getByTestId("bloc-row-ND-CQD")).toBeVisible();
});

test("published results: the ranking with charts, the published version and its .xlsx", async ({ page, signIn }) => {
  await signIn("truongkhoi.trunguong@thiduakhoi.vn");
  const base = `/khoi/TW-CQD/${LIVE_YEAR}/cham-diem`;
  await page.goto(`${base}/ket-qua`);
  await expect(page.locator("figure [role=img]").first()).toBeVisible();
  await page.goto(`${base}/cong-bo/1`);
  const ranking = page.getByRole("table", { name: `Bảng xếp hạng thi đua năm ${LIVE_YEAR}` });
  await expect(ranking.locator("tbody tr")).toHaveCount(14);
  // The matrix (drawn from formatted strings, docs/decisions/0048): a row per agency, a cell per column.
  const matrix = page.getByRole("table", { name: "Ma trận điểm các cơ quan theo tiêu chí" });
  await expect(matrix.locator("tbody tr")).toHaveCount(14);
  const columns = await matrix.locator("thead th").count();
  expect(columns).toBeGreaterThan(3);
  await expect(matrix.locator("tbody tr").first().locator("td")).toHaveCount(columns - 1);
  await expect(matrix.locator("tbody tr").first().locator("td").last()).toHaveText(/^\d+(,\d+)?$/);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
});

test("the conference's open vote is sealed: the chair sees who has voted, no results, and may close it", async ({ page, signIn }) => {
  await signIn("truongkhoi.trunguong@thiduakhoi.vn");
  await page.goto(`/khoi/TW-CQD/${LIVE_YEAR}/tong-ket/bo-phieu`);
  await page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link").first().click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đang bỏ phiếu");
  await expect(page.getByTestId("vote-progress")).toContainText("Đã bỏ phiếu 9/");
  await expect(page.getByRole("table", { name: "Kết quả bỏ phiếu" })).toHaveCount(0);
  // Not pressed here: closing would end the demo's open vote for every later run and reader.
  await expect(page.getByRole("button", { name: "Đóng bỏ phiếu" })).toBeEnabled();
});

test("the conference's open vote: the chair closes it and reads the vote-count minutes", async ({ page, signIn }) => {
  const { bloc, year, chair } = world();
  await signIn(chair);
  await page.goto(`/khoi/${bloc}/${year}/tong-ket/bo-phieu`);
  await page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link").first().click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đang bỏ phiếu");
  await expect(page.getByRole("table", { name: "Kết quả bỏ phiếu" })).toHaveCount(0);
  await page.getByRole("button", { name: "Đóng bỏ phiếu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận đóng" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đã kết thúc");
  await expect(page.getByRole("table", { name: "Kết quả bỏ phiếu" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Biên bản kiểm phiếu" })).toBeVisible();
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải biên bản kiểm phiếu (.docx)" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
});

test("nominations under review wait for the chair", async ({ page, signIn }) => {
  await signIn("truongkhoi.ninhbinh@thiduakhoi.vn");
  await page.goto(`/khoi/NB-CQD/${LIVE_YEAR}/khen-thuong/de-nghi`);
  await expect(page.getByRole("button", { name: "Gửi lên" }).first()).toBeVisible();
  await expect(page.getByRole("row", { name: /Cơ quan đề nghị/ }).first()).toBeVisible();
});
