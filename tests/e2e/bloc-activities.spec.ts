import { readDocx } from "../../lib/documents/read-docx";
import { expect, test, useWorld } from "./fixtures";

/**
 * The bloc's joint activities and contests (docs/decisions/0038, 0040): the secretary records a
 * contest with its results and points, linked to the participation line HD of the year's table,
 * and downloads its result notice; Văn phòng's leader then finds its points proposed as HD's
 * self-score, saves the sheet, and the saved self-score is the proposal.
 */
const world = useWorld("bloc-activities");
const TITLE = "Hội thi văn hóa công sở";

test("a contest's points are proposed on the participating agency's self-scoring sheet", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const w = world();

  // ── The secretary records the contest, its participants and their points ──
  await signIn(w.secretary);
  await page.goto(`/khoi/${w.bloc}/${w.year}/hoat-dong`);
  const create = page.getByRole("form", { name: "Ghi hoạt động mới" });
  await create.getByLabel("Tên hoạt động").fill(TITLE);
  await create.getByLabel("Loại").selectOption("CONTEST");
  await create.getByLabel("Cơ quan tổ chức").selectOption({ label: w.head });
  await create.getByLabel("Tiêu chí nhận điểm (nếu có)").selectOption("HD");
  await create.getByLabel("Ngày bắt đầu").fill(`10/01/${w.year}`);
  await create.getByLabel("Ngày kết thúc").fill(`12/01/${w.year}`);
  await create.getByRole("button", { name: "Ghi hoạt động" }).click();
  await expect(page.getByText("Đã ghi hoạt động mới.")).toBeVisible();

  const add = page.getByRole("form", { name: `Thêm người tham gia ${TITLE}` });
  const participant = async (agency: string, prize: string, points: string) => {
    await add.getByLabel("Cơ quan tham gia").selectOption({ label: agency });
    await add.getByLabel("Kết quả").fill("Hoàn thành");
    await add.getByLabel("Giải thưởng").fill(prize);
    await add.getByLabel("Điểm").fill(points);
    await add.getByRole("button", { name: "Thêm người tham gia" }).click();
    await expect(page.getByRole("row").filter({ hasText: agency }).filter({ hasText: prize })).toBeVisible();
  };
  await participant(w.agencyName, "Giải Nhì", "2");
  await participant(w.head, "Giải Nhất", "3");
  await expect(page.getByText("Tiêu chí nhận điểm: HD")).toBeVisible();

  // ── The result notice: a .docx with the contest's title, most points first ──
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Tải thông báo kết quả (.docx) — ${TITLE}` }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await (await download.createReadStream()).toArray();
  const buffer = Buffer.concat(bytes as Buffer[]);
  expect(buffer.subarray(0, 2).toString()).toBe("PK");
  const notice = (await readDocx(buffer)).paragraphs;
  expect(notice).toContain("THÔNG BÁO");
  expect(notice.join("\n")).toContain(`Kết quả hội thi “${TITLE}”`);
  expect(notice.indexOf(w.head)).toBeLessThan(notice.indexOf(w.agencyName));

  // ── Văn phòng's leader finds the proposal on its sheet, saves it, and it is its self-score ──
  await signIn(w.leader);
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham`);
  const row = page.getByRole("group", { name: "Tiêu chí HD", exact: true });
  const hd = page.locator("li", { has: row });
  await expect(hd.getByTestId("activity-proposal")).toContainText(`Đề xuất từ hoạt động: ${TITLE}`);
  await expect(hd.getByTestId("activity-proposal")).toContainText("2 điểm");
  await expect(row.getByLabel("Số lượng")).toHaveValue("2");
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByText(/Đã lưu \d+ tiêu chí\./)).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await expect(row.getByLabel("Số lượng")).toHaveValue("2");
  // Saved, the row is an ordinary self-score: no proposal any more, its points counted.
  await expect(hd.getByTestId("activity-proposal")).toHaveCount(0);
  await expect(hd.getByText("2 điểm", { exact: true })).toBeVisible();
});
