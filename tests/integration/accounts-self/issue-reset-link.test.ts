import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { issueResetLink } from "@/lib/server/accounts/issue-reset-link";
import type { Mailer } from "@/lib/mail/transport";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, type Outcome } from "../setup/bloc-world";
import { resetWorld } from "./world";

const mail = vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "x".repeat(48);
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  return { mailer: null as Mailer | null };
});
vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
// Whether e-mail is configured is the transport module's business; the tests hand it nodemailer's JSON transport (no network).
vi.mock("@/lib/mail/transport", () => ({ configuredMailer: () => mail.mailer }));

const NOW = new Date("2026-11-22T02:00:00Z");
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const tokenOf = (url: string) => url.split("/dat-lai-mat-khau/")[1]!;

type Who = keyof Awaited<ReturnType<typeof resetWorld>>["users"];
const OUTCOMES: [Who, Outcome | "UNAUTHENTICATED"][] = [
  ["SYSTEM_ADMIN", "ok"],
  ["STAFF_OWN_PROVINCE", "ok"],
  ["STAFF_ABSORBING_PROVINCE", "ok"],
  ["STAFF_OTHER_PROVINCE", "NOT_FOUND"],
  ["STAFF_CENTRAL", "NOT_FOUND"],
  ["SECRETARY", "NOT_FOUND"],
  ["CHAIR", "NOT_FOUND"],
  ["AGENCY_LEADER", "NOT_FOUND"],
];

describe("issueResetLink", () => {
  beforeEach(() => {
    signInAs(null);
    mail.mailer = null;
  });

  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await resetWorld();
    signInAs(w.users[who]);
    if (outcome === "ok") await issueResetLink(w.account.id, NOW);
    else await expectRefused(issueResetLink(w.account.id, NOW), outcome);
    expect(await w.db.passwordResetToken.count({ where: { userId: w.account.id } })).toBe(outcome === "ok" ? 1 : 0);
  });

  it("refuses a signed-out visitor", async () => {
    const w = await resetWorld();
    await expectRefused(issueResetLink(w.account.id, NOW), "UNAUTHENTICATED");
  });

  it("stores only the token's SHA-256, for 24 hours, and audits without the token", async () => {
    const w = await resetWorld();
    signInAs(w.users.STAFF_ABSORBING_PROVINCE);
    const link = await issueResetLink(w.account.id, NOW);
    expect(link.url).toMatch(new RegExp(`^${process.env.NEXTAUTH_URL!.replace(/\/+$/, "")}/dat-lai-mat-khau/[A-Za-z0-9_-]{43}$`));
    expect(link.expiresAt.toISOString()).toBe("2026-11-23T02:00:00.000Z");
    expect(link.emailed).toBe(false);
    const token = tokenOf(link.url);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const [row] = await w.db.passwordResetToken.findMany({ where: { userId: w.account.id } });
    expect(row).toMatchObject({ tokenHash: sha256(token), expiresAt: link.expiresAt, usedAt: null, createdById: w.users.STAFF_ABSORBING_PROVINCE });
    expect(JSON.stringify(row)).not.toContain(token);
    const audit = await auditRows(w.db, "User", w.account.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: w.users.STAFF_ABSORBING_PROVINCE, action: "account.reset-link", after: { resetLinkId: row!.id } });
    expect(JSON.stringify(audit[0])).not.toContain(token);
    expect(JSON.stringify(audit[0])).not.toContain(row!.tokenHash);
  });

  it("ends the account's earlier unused links", async () => {
    const w = await resetWorld();
    signInAs(w.users.SYSTEM_ADMIN);
    const first = await issueResetLink(w.account.id, NOW);
    const later = new Date(NOW.getTime() + 3_600_000);
    const second = await issueResetLink(w.account.id, later);
    const rows = await w.db.passwordResetToken.findMany({ where: { userId: w.account.id } });
    const byToken = (url: string) => rows.find((r) => r.tokenHash === sha256(tokenOf(url)))!;
    expect(byToken(first.url).expiresAt).toEqual(later);
    expect(byToken(second.url).expiresAt).toEqual(second.expiresAt);
  });

  it("refuses a deactivated account", async () => {
    const w = await resetWorld();
    await w.db.user.update({ where: { id: w.account.id }, data: { isActive: false } });
    signInAs(w.users.SYSTEM_ADMIN);
    await expectRefused(issueResetLink(w.account.id, NOW), "CONFLICT");
    expect(await w.db.passwordResetToken.count()).toBe(0);
  });

  it("e-mails the link to the account when e-mail is configured", async () => {
    const w = await resetWorld();
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const send = vi.spyOn(transport, "sendMail");
    mail.mailer = { transport, from: "Thi đua khối <khongtraloi@thiduakhoi.vn>" };
    signInAs(w.users.STAFF_OWN_PROVINCE);
    const link = await issueResetLink(w.account.id, NOW);
    expect(link.emailed).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    const info = (await send.mock.results[0]!.value) as { message: string };
    const message = JSON.parse(info.message) as { to: { address: string }[]; from: { address: string }; subject: string; text: string };
    expect(message.to.map((t) => t.address)).toEqual([w.account.email]);
    expect(message.from.address).toBe("khongtraloi@thiduakhoi.vn");
    expect(message.subject).toMatch(/Đặt lại mật khẩu/);
    expect(message.text).toContain(link.url);
    expect(message.text).toContain("23/11/2026 09:00");
  });

  it("returns the link with emailed = false when sending fails, and logs the failure without the link", async () => {
    const w = await resetWorld();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    mail.mailer = {
      transport: { sendMail: () => Promise.reject(new Error("Máy chủ thư không trả lời")) } as unknown as Mailer["transport"],
      from: "khongtraloi@thiduakhoi.vn",
    };
    signInAs(w.users.SYSTEM_ADMIN);
    const link = await issueResetLink(w.account.id, NOW);
    expect(link.emailed).toBe(false);
    expect(await w.db.passwordResetToken.count({ where: { tokenHash: sha256(tokenOf(link.url)) } })).toBe(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]![0])).toMatch(/Máy chủ thư không trả lời/);
    expect(String(log.mock.calls[0]![0])).not.toContain(tokenOf(link.url));
    log.mockRestore();
  });
});
