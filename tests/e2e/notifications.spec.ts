import { spawn } from "node:child_process";
import type { Page } from "@playwright/test";
import { startSmtpCapture, type SmtpCapture } from "../smtp-capture";
import { expect, test, useWorld } from "./fixtures";

/**
 * Notifications that reach people (docs/decisions/0034, 0035): the chair returns a sheet, and its
 * agency's leader finds it in the inbox, counted in the header; the e-mail goes out through a real
 * SMTP listener this spec starts on the port of the server's SMTP_URL (scripts/e2e.mjs); and the
 * scheduled work run twice at the same time (two `npm run jobs:run` processes, as two cron hosts
 * or instances would) sends that e-mail once and writes the self-scoring reminder once. Needs
 * Postgres: the jobs run beside the server (playwright.config.ts leaves it out on PGlite).
 */
const world = useWorld("notifications");
const REASON = "Thiếu minh chứng của tiêu chí I.1.";

let smtp: SmtpCapture;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP_URL is not set: run this spec through npm run test:e2e (scripts/e2e.mjs)");
  smtp = await startSmtpCapture(Number(new URL(url).port));
});

test.afterAll(async () => {
  await smtp?.close();
});

const inboxLink = (page: Page) => page.getByRole("navigation", { name: "Điều hướng chính" }).getByTestId("inbox-link");

test("a returned sheet reaches its agency's leader: the inbox, the unread count, marking it read", async ({ page, signIn }) => {
  // Two accounts and five page templates, each checked by axe on its first visit.
  test.setTimeout(120_000);
  const w = world();
  await signIn(w.chair);
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tham-dinh`);
  await page.getByRole("link", { name: `Thẩm định bảng điểm của ${w.agencyName}` }).click();
  await page.getByLabel("Lý do trả lại").fill(REASON);
  await page.getByRole("button", { name: "Trả lại bảng điểm" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Trả lại", exact: true }).click();
  await expect(page.getByTestId("returned-banner")).toContainText(`Lý do: ${REASON}`);

  await page.context().clearCookies();
  await signIn(w.leader);
  await expect(inboxLink(page)).toHaveAccessibleName("Thông báo (1 chưa đọc)");
  await expect(inboxLink(page).getByTestId("unread-count")).toHaveText("1");
  await inboxLink(page).click();
  await expect(page).toHaveURL(/\/thong-bao$/);
  await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
  const item = page.getByTestId("notification").filter({ hasText: REASON });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute("data-read", "no");
  await expect(item).toContainText(`Bảng tự chấm điểm năm ${w.year} của ${w.agencyName} đã bị trả lại để sửa và nộp lại. Lý do: ${REASON}`);
  await expect(item.getByRole("link", { name: "Xem chi tiết" })).toHaveAttribute("href", new RegExp(`/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham/`));

  await item.getByRole("button", { name: "Đánh dấu đã đọc" }).click();
  await expect(item).toHaveAttribute("data-read", "yes");
  await expect(inboxLink(page)).toHaveAccessibleName("Thông báo (không có thông báo mới)");
  await expect(page.getByTestId("inbox-unread")).toHaveText("Không có thông báo chưa đọc");
});

/** `npm run jobs:run` as a cron would start it, with the e2e server's environment. */
function runJobs(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "jobs:run"], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("two job runs at the same time: each e-mail is sent once, each reminder written once", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  const w = world();
  const runs = await Promise.all([runJobs(), runJobs()]);
  for (const r of runs) expect(r.code, r.output).toBe(0);
  const lines = runs.map(
    (r) =>
      r.output
        .trim()
        .split("\n")
        .find((l) => l.startsWith("[jobs]")) ?? r.output,
  );
  expect(lines.join("\n")).toMatch(/nhắc việc: [1-9]\d* thông báo mới/);

  // Văn phòng's leader: the return, and — its sheet being back in its hands while self-scoring
  // closes tomorrow — the reminder; one e-mail each.
  const REMINDER = "Thi đua khối: Nhắc việc: giai đoạn mở, sắp đóng (còn 3 ngày, còn 1 ngày)";
  const toLeader = smtp.mails.filter((m) => m.to.includes(w.leader));
  expect(toLeader.map((m) => m.subject).sort()).toEqual([REMINDER, "Thi đua khối: Bảng điểm bị trả lại để sửa"].sort());
  const returned = toLeader.find((m) => m.subject !== REMINDER)!;
  expect(returned.text).toContain(`Lý do: ${REASON}`);
  expect(returned.text).toMatch(new RegExp(`Xem chi tiết: http://localhost:\\d+/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham/`));
  const toBtc = smtp.mails.filter((m) => m.to.includes(w.btcLeader));
  expect(toBtc.map((m) => m.subject)).toEqual([REMINDER]);
  expect(toBtc[0]!.text).toContain("Cơ quan của bạn chưa nộp bảng tự chấm điểm.");
  expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(smtp.mails.length);

  // Ban Tổ chức's leader: one reminder in the inbox, however many runs there were.
  await signIn(w.btcLeader);
  await page.goto("/thong-bao");
  const reminder = page.getByTestId("notification").filter({ hasText: "“Tự chấm điểm”" });
  await expect(reminder).toHaveCount(1);
  await expect(reminder).toContainText("đóng sau ngày mai");
  await expect(reminder).toContainText("Cơ quan của bạn chưa nộp bảng tự chấm điểm.");

  // A third run later writes nothing new for it, and sends nothing twice.
  const again = await runJobs();
  expect(again.code, again.output).toBe(0);
  await page.reload();
  await expect(reminder).toHaveCount(1);
  expect(smtp.mails.filter((m) => m.to.includes(w.btcLeader) || m.to.includes(w.leader))).toHaveLength(3);
});
