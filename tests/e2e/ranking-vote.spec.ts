import type { Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";

/**
 * The score ranking proposes, the conference confirms (docs/decisions/0043-ranking-and-the-leading-unit-vote.md):
 * the chair of a copy of the central bloc's conference (its ranking published, today's conference
 * with its attendance; tests/e2e/ranking-vote-world.ts) links the leading-unit vote to the ranking
 * with one leading unit and the next-ranked unit voted on after a rejection. The form proposes the
 * top-ranked unit and refuses another one, saying why; the conference rejects the top unit on a
 * paper count; the follow-up vote on the second-ranked unit is created in one confirmed step and
 * passes; its result and the conference minutes show the ranks and totals beside the votes and why
 * the lower-ranked unit was confirmed.
 */
const world = useWorld("ranking-vote");

/** 12 of the 13 agencies present vote (the candidate may, by the year's defaults), against 14 members and "more than 50 %". */
const BALLOTS = 12;
const REJECTED_VOTES = 4;
const CONFIRMED_VOTES = 11;

/** Opens the DRAFT vote this page shows, after its confirmation dialog. */
async function openVote(page: Page) {
  await expect(page.getByTestId("vote-status")).toHaveText("Chưa mở");
  await page.getByRole("button", { name: "Mở bỏ phiếu" }).click();
  await page.getByRole("dialog", { name: "Mở bỏ phiếu?" }).getByRole("button", { name: "Xác nhận mở" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đang bỏ phiếu");
}

/** The counting committee's numbers for the one candidate of this paper vote; confirmed, they close it. */
async function recordPaperCount(page: Page, candidate: string, votes: number) {
  const form = page.getByRole("form", { name: "Kết quả kiểm phiếu giấy" });
  await form.getByLabel("Số phiếu phát ra").fill(String(BALLOTS));
  await form.getByLabel("Số phiếu thu về").fill(String(BALLOTS));
  await form.getByLabel("Số phiếu hợp lệ").fill(String(BALLOTS));
  await form.getByLabel("Số phiếu không hợp lệ").fill("0");
  await form.getByLabel(candidate, { exact: true }).fill(String(votes));
  await form.getByRole("button", { name: "Ghi nhận kết quả kiểm phiếu" }).click();
  await page.getByRole("dialog", { name: "Ghi nhận kết quả kiểm phiếu?" }).getByRole("button", { name: "Ghi nhận" }).click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đã kết thúc");
}

test("the ranking proposes the leading unit, a rejection moves to the next-ranked unit, and both are shown", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  const { bloc, year, chair, first, second } = world();
  const votes = `/khoi/${bloc}/${year}/tong-ket/bo-phieu`;
  const title = `Suy tôn đơn vị dẫn đầu năm ${year}`;
  await signIn(chair);
  await page.goto(votes);

  // The year's rule: the published ranking proposes one leading unit; after a rejection, the next-ranked.
  const rule = page.getByRole("form", { name: "Quy tắc suy tôn đơn vị dẫn đầu" });
  await rule.getByLabel("Ứng viên suy tôn").selectOption({ label: "Biểu quyết các đơn vị xếp hạng cao nhất theo kết quả đã công bố" });
  await rule.getByLabel("Số đơn vị dẫn đầu của năm").fill("1");
  await rule.getByLabel("Khi hội nghị không tán thành đơn vị được đề xuất").selectOption({ label: "Biểu quyết đơn vị xếp hạng kế tiếp" });
  await rule.getByRole("button", { name: "Lưu quy tắc suy tôn" }).click();
  await expect(rule.getByRole("status")).toHaveText("Đã lưu quy tắc suy tôn.");

  // The creation form proposes the top-ranked unit, ticked.
  const create = page.getByRole("form", { name: "Tạo cuộc bỏ phiếu" });
  const candidates = create.getByRole("group", { name: "Ứng viên là đơn vị thành viên" });
  await expect(create.getByTestId("ranking-proposal")).toContainText(`Đề xuất theo kết quả chấm điểm: ${first.name} (hạng 1, ${first.total} điểm).`);
  await expect(candidates.getByRole("checkbox", { name: first.name, exact: true })).toBeChecked();
  await expect(candidates.getByRole("checkbox", { name: second.name, exact: true })).not.toBeChecked();

  // Another unit is refused, with the proposal and the unit named; nothing is created.
  await create.getByLabel("Nội dung biểu quyết").fill(title);
  await create.getByLabel("Hình thức", { exact: true }).selectOption("PAPER");
  await candidates.getByRole("checkbox", { name: first.name, exact: true }).uncheck();
  await candidates.getByRole("checkbox", { name: second.name, exact: true }).check();
  await create.getByRole("button", { name: "Tạo cuộc bỏ phiếu" }).click();
  await expect(candidates.getByText(`Không thuộc danh sách đề xuất: ${second.name}.`)).toBeVisible();
  await expect(candidates.getByText(`Còn thiếu: ${first.name}.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link", { name: title })).toHaveCount(0);

  // The proposed unit is accepted.
  await candidates.getByRole("checkbox", { name: second.name, exact: true }).uncheck();
  await candidates.getByRole("checkbox", { name: first.name, exact: true }).check();
  await create.getByRole("button", { name: "Tạo cuộc bỏ phiếu" }).click();
  await expect(create.getByRole("status")).toHaveText("Đã tạo cuộc biểu quyết.");
  await page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link", { name: title }).click();

  // The conference does not confirm the top-ranked unit: 4 of 14 members.
  await openVote(page);
  await recordPaperCount(page, first.name, REJECTED_VOTES);
  const results = page.getByRole("table", { name: "Kết quả bỏ phiếu" });
  const firstRow = results.getByRole("row").filter({ hasText: first.name });
  await expect(firstRow.getByRole("cell", { name: `Hạng 1 (${first.total})`, exact: true })).toBeVisible();
  await expect(firstRow.getByRole("cell", { name: "Không đạt", exact: true })).toBeVisible();

  // One click, confirmed, creates the vote on the next-ranked unit.
  const next = page.getByTestId("next-ranked");
  await expect(next).toContainText(`${second.name} (hạng 2, ${second.total} điểm)`);
  await next.getByRole("button", { name: "Biểu quyết đơn vị xếp hạng kế tiếp" }).click();
  await page.getByRole("dialog", { name: "Tạo cuộc suy tôn đơn vị xếp hạng kế tiếp?" }).getByRole("button", { name: "Tạo cuộc suy tôn" }).click();
  await next.getByRole("link", { name: "Xem cuộc suy tôn đơn vị xếp hạng kế tiếp" }).click();

  // The follow-up vote: the second-ranked unit, confirmed with 11 of 14.
  await expect(page.getByText(`Ứng viên: ${second.name}`, { exact: true })).toBeVisible();
  await openVote(page);
  await recordPaperCount(page, second.name, CONFIRMED_VOTES);
  const secondRow = results.getByRole("row").filter({ hasText: second.name });
  await expect(secondRow.getByRole("cell", { name: `Hạng 2 (${second.total})`, exact: true })).toBeVisible();
  await expect(secondRow.getByRole("cell", { name: "Đạt", exact: true })).toBeVisible();
  const note = `${second.name} (hạng 2) được suy tôn vì đơn vị xếp hạng cao hơn ${first.name} (hạng 1) không được hội nghị tán thành.`;
  await expect(page.getByTestId("ranking-note")).toHaveText(note);

  // The conference minutes: each vote line with the unit's rank and total beside its result, and the note.
  await page.goto(`/khoi/${bloc}/${year}/tong-ket/hoi-nghi/bien-ban`);
  await expect(page.getByText(`${first.name}: hạng 1, ${first.total} điểm — ${REJECTED_VOTES} phiếu đồng ý — không được suy tôn.`)).toBeVisible();
  await expect(page.getByText(`${second.name}: hạng 2, ${second.total} điểm — ${CONFIRMED_VOTES} phiếu đồng ý — được suy tôn.`)).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
});
