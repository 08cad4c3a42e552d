import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test, useWorld } from "./fixtures";
import { EVIDENCE_ROW } from "./sixty-criteria";

/**
 * More than one server (docs/decisions/0027-uploaded-files-in-postgres.md): scripts/e2e.mjs serves
 * instance A on E2E_PORT; this spec starts instance B — the same build, the same environment, the
 * same database, only an upload folder of its own — on the next port (E2E_SECOND_PORT to choose
 * another) and stops it at the end.
 * Nothing either instance keeps in memory may be needed by the other: a file uploaded through A
 * downloads through B, failed sign-ins on A lock the account on B, and a ballot cast on A makes B
 * refuse the same agency's second ballot. The browser's cookies are per host, not per port, so
 * one sign-in (a JWT signed with the shared NEXTAUTH_SECRET) is carried to both, as behind a
 * reverse proxy. Needs Postgres (playwright.config.ts leaves it out on PGlite).
 */
const world = useWorld("two-instances");

const A = process.env.E2E_BASE_URL ?? `http://localhost:${process.env.E2E_PORT || 3100}`;
const B_PORT = Number(process.env.E2E_SECOND_PORT || Number(new URL(A).port) + 1);
const B = `http://localhost:${B_PORT}`;
const READY_MS = 120_000;

let serverB: ChildProcess | null = null;
// B's own upload folder, empty, as on another machine: a file B serves must come from the database.
let diskB = "";
let output = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(READY_MS + 10_000);
  if (await portInUse(B_PORT)) throw new Error(`port ${B_PORT} is in use: set E2E_SECOND_PORT to a free port`);
  diskB = fs.mkdtempSync(path.join(os.tmpdir(), "khoi-instance-b-"));
  serverB = spawn(process.execPath, ["scripts/serve.mjs", "-p", String(B_PORT)], {
    env: { ...process.env, PORT: String(B_PORT), NEXTAUTH_URL: B, UPLOAD_DIR: diskB },
    stdio: ["ignore", "pipe", "pipe"],
  });
  serverB.stdout!.on("data", (chunk) => (output += chunk));
  serverB.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (serverB.exitCode !== null) throw new Error(`instance B exited (code ${serverB.exitCode}):\n${output}`);
    const ready = await fetch(`${B}/login`, { redirect: "manual", signal: AbortSignal.timeout(10_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance B did not answer ${B}/login within ${READY_MS / 1000} s:\n${output}`);
});

test.afterAll(async () => {
  const child = serverB;
  serverB = null;
  if (diskB) fs.rmSync(diskB, { recursive: true, force: true });
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 20_000))]);
  if (!stopped) {
    child.kill("SIGKILL");
    await exited;
  }
});

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const sheetRow = (page: Page, code: string) => page.getByRole("group", { name: `Tiêu chí ${code}`, exact: true });

test("a file uploaded through A downloads through B with the same bytes", async ({ page, signIn }) => {
  const w = world().scoring;
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n% hai may chu\n"), Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251))]);
  await signIn(w.leader);
  await page.goto(`/khoi/${w.bloc}/${w.year}/cham-diem/tu-cham`);
  await sheetRow(page, `I.${EVIDENCE_ROW}`)
    .getByLabel(/^Minh chứng/)
    .setInputFiles({ name: "hai-may-chu.pdf", mimeType: "application/pdf", buffer: bytes });
  await page.getByRole("button", { name: "Lưu bảng tự chấm" }).click();
  await expect(page.getByText("Đã tải lên 1/1 tệp minh chứng")).toBeVisible({ timeout: 15_000 });
  const link = page.getByRole("link", { name: "hai-may-chu.pdf" });
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/files\//);

  const fromB = await page.request.get(`${B}${href}`);
  expect(fromB.status()).toBe(200);
  expect(fromB.headers()["content-type"]).toBe("application/pdf");
  expect(Buffer.from(await fromB.body()).equals(bytes)).toBe(true);
  // Signed out, B serves nothing.
  expect((await fetch(`${B}${href}`, { redirect: "manual" })).status).not.toBe(200);
});

test("failed sign-ins on A lock the account on B, even with the right password", async ({ page, signIn }) => {
  const email = world().lockout;
  const loginError = (p: Page) => p.locator("#login-error");
  for (let i = 0; i < 4; i++) {
    await signIn(email, { password: `sai-${i}`, signedIn: false });
    await expect(loginError(page)).toHaveText("Email hoặc mật khẩu không đúng.");
  }
  await signIn(email, { password: "sai-4", signedIn: false });
  await expect(loginError(page)).toContainText("Đăng nhập sai quá nhiều lần");

  await page.context().clearCookies();
  await page.goto(`${B}/login`);
  await signIn(email, { here: true, signedIn: false });
  await expect(loginError(page)).toContainText("Đăng nhập sai quá nhiều lần");
  await expect(page).toHaveURL(new RegExp(`^${B}/login`));
});

test("a ballot cast on A is refused as a double vote on B", async ({ page, signIn }) => {
  const w = world().conference;
  await signIn(w.voter);
  await page.goto(`/khoi/${w.bloc}/${w.year}/tong-ket/bo-phieu`);
  await page.getByRole("table", { name: "Các cuộc bỏ phiếu" }).getByRole("link").first().click();
  await expect(page.getByTestId("vote-status")).toHaveText("Đang bỏ phiếu");
  const votePath = new URL(page.url()).pathname;

  // The same leader has the vote open on B too, before casting on A.
  const onB = await page.context().newPage();
  await onB.goto(`${B}${votePath}`);
  const ballotB = onB.getByRole("form", { name: /^Phiếu bầu của/ });
  await expect(ballotB).toBeVisible();

  const ballotA = page.getByRole("form", { name: /^Phiếu bầu của/ });
  await ballotA.locator('input[name="choices"]').first().check();
  await ballotA.getByRole("button", { name: "Bỏ phiếu" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xác nhận bỏ phiếu" }).click();
  await expect(page.getByText(/Cơ quan đã bỏ phiếu/)).toBeVisible();

  // B's form, still showing: B's check (the step before the confirmation) refuses the second ballot;
  // the refusal also re-renders B's page, which now reads that the agency has voted. The action's
  // answer (an RSC stream, UTF-8 without a charset in its type) is kept as it passes.
  let answerB = "";
  await onB.route(`${B}${votePath}`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    const response = await route.fetch();
    answerB = (await response.body()).toString("utf8");
    await route.fulfill({ response });
  });
  await ballotB.locator('input[name="choices"]').first().check();
  await ballotB.getByRole("button", { name: "Bỏ phiếu" }).click();
  await expect.poll(() => answerB).toContain("Đơn vị đã bỏ phiếu trong cuộc biểu quyết này; mỗi đơn vị chỉ bỏ một phiếu.");
  await expect(onB.getByText(/Cơ quan đã bỏ phiếu/)).toBeVisible();
  await expect(onB.getByRole("dialog")).toHaveCount(0);
  await expect(onB.getByTestId("vote-progress")).toContainText("Đã bỏ phiếu 10/");
  await onB.close();
});
