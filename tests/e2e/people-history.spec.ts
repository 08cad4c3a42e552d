import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, reopenPhase, test, useWorld } from "./fixtures";

/**
 * People and their award history (docs/decisions/0036, 0037) on this spec's copy of Kon Tum 2023:
 * the chair adds an individual Bằng khen needing 3 consecutive years of Chiến sĩ thi đua cơ sở;
 * Ban Tổ chức's leader imports a person's past years from .xlsx with 2022 missing, proposes them
 * and is refused with the years listed; imports 2022, proposes again and is accepted.
 */
const world = useWorld("people-history");
const FORM = "Bằng khen cá nhân ba năm liên tục (kiểm thử)";
const PERSON = "Phạm Thị Hồng Nhung";

async function pastYears(path: string, agencyCode: string, years: number[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Cá nhân");
  ws.addRow(["Họ và tên", "Năm sinh", "Mã cơ quan", "Năm", "Danh hiệu, hình thức", "Số quyết định"]);
  for (const year of years) ws.addRow([PERSON, 1980, agencyCode, year, "Chiến sĩ thi đua cơ sở", `${year - 2000}/QĐ-BTC`]);
  await wb.xlsx.writeFile(path);
  return path;
}

async function importFile(page: Page, base: string, file: string) {
  await page.goto(`${base}/khen-thuong/ca-nhan`);
  await page.getByLabel("Tệp lịch sử khen thưởng cá nhân (.xlsx)").setInputFiles(file);
  await page.getByRole("button", { name: "Nhập từ tệp .xlsx" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ghi vào lịch sử" }).click();
  await expect(page.getByText(/^Đã ghi 1 năm danh hiệu|^Đã ghi 2 năm danh hiệu/)).toBeVisible();
}

test("people-history: past years imported from .xlsx; a missing consecutive year refuses the proposal, the year present lets it through", async ({
  page,
  signIn,
}, testInfo) => {
  test.setTimeout(180_000);
  const w = world();
  const BASE = `/khoi/${w.bloc}/2023`;

  // ── The chair: nominations reopened, the individual form with its record rule ──
  await signIn(w.chair);
  await reopenPhase(page, BASE, "NOMINATION", "2099-12-31", "Kiểm thử: mở lại để đề nghị khen thưởng cá nhân năm 2023.");
  await page.goto(`${BASE}/khen-thuong/danh-muc`);
  await page.getByLabel("Mã", { exact: true }).fill("BK_CN_3NAM");
  await page.getByLabel("Tên hình thức", { exact: true }).fill(FORM);
  await page.getByLabel("Đối tượng", { exact: true }).selectOption("INDIVIDUAL");
  await page.getByLabel("Cơ quan quyết định", { exact: true }).fill("Chủ tịch UBND tỉnh Kon Tum");
  await page.getByLabel("Số năm liên tục", { exact: true }).fill("3");
  await page.getByLabel("Mỗi năm đạt một trong (mã)", { exact: true }).fill("CSTDCS");
  await page.getByLabel("Phải đăng ký", { exact: true }).uncheck();
  await page.getByLabel("Phải ký giao ước", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Thêm hình thức" }).click();
  await expect(page.getByRole("row", { name: FORM })).toContainText("3 năm liên tục đạt Chiến sĩ thi đua cơ sở");

  // ── Ban Tổ chức imports its person's past years: 2021 and 2023, not 2022 ──
  await signIn(w.leader.BTC);
  await page.goto(`${BASE}/khen-thuong/ca-nhan`);
  const [template] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải tệp mẫu (.xlsx)" }).click()]);
  expect(template.suggestedFilename()).toBe("mau-nhap-lich-su-ca-nhan-2023.xlsx");
  await importFile(page, BASE, await pastYears(testInfo.outputPath("thieu-2022.xlsx"), w.agency.BTC, [2021, 2023]));
  await page.getByRole("link", { name: "Xem lịch sử cá nhân của Ban Tổ chức Tỉnh ủy Kon Tum" }).click();
  const person = page.getByRole("region", { name: `Danh hiệu, hình thức khen thưởng của ${PERSON} theo năm` });
  await expect(person.getByRole("row", { name: /2023/ })).toContainText("nhập từ tệp");
  await expect(person.getByRole("row", { name: /2021/ })).toContainText("Số 21/QĐ-BTC");
  await expect(person.getByRole("row", { name: /2022/ })).toHaveCount(0);

  // ── Proposed without 2022: refused, the years listed ──
  await page.goto(`${BASE}/khen-thuong/de-nghi`);
  await page.getByLabel("Hình thức khen thưởng").selectOption({ label: `${FORM} (cá nhân)` });
  await page.getByLabel("Cá nhân trong danh sách của cơ quan").selectOption({ label: `${PERSON} (1980)` });
  await page.getByLabel("Chức vụ").fill("Trưởng phòng");
  await page.getByLabel("Tóm tắt thành tích").fill("Ba năm liền đạt Chiến sĩ thi đua cơ sở, có sáng kiến được công nhận cấp tỉnh.");
  await page.getByRole("button", { name: "Thêm đề nghị" }).click();
  const row = page.getByRole("row", { name: PERSON });
  await expect(row).toContainText("Đang soạn");
  await row.getByRole("button", { name: "Gửi đề nghị" }).click();
  const refusal = `${PERSON}: cần 3 năm liên tục (2021–2023) đạt “Chiến sĩ thi đua cơ sở”; đã có năm 2021, 2023, còn thiếu năm 2022.`;
  // The board lists the reason under the draft; the refused step says it again, beside the button.
  await expect(row.getByText(`Chưa đủ điều kiện để đề nghị: ${refusal}`)).toBeVisible();
  await expect(row.getByRole("listitem").filter({ hasText: refusal })).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(row).toContainText("Đang soạn");

  // ── 2022 imported: proposed and accepted ──
  await importFile(page, BASE, await pastYears(testInfo.outputPath("du-2022.xlsx"), w.agency.BTC, [2021, 2022, 2023]));
  await expect(page.getByText(/2 dòng đã có từ trước được giữ nguyên/)).toBeVisible();
  await page.goto(`${BASE}/khen-thuong/de-nghi`);
  await row.getByRole("button", { name: "Gửi đề nghị" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Gửi đề nghị" }).click();
  await expect(page.getByRole("row", { name: PERSON })).toContainText("Cơ quan đề nghị");
});
