import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAIL_LEASE_MS, MAIL_MAX_ATTEMPTS } from "@/lib/domain/notifications";
import type { Mailer } from "@/lib/mail/transport";
import { deliverOutbox } from "@/lib/notifications/deliver-outbox";
import { notify } from "@/lib/notifications/notify";
import { makeUser } from "../../factories";
import { startSmtpCapture, type SmtpCapture } from "../../smtp-capture";
import { testDb } from "../setup/db";

/**
 * The outbox against a real SMTP listener (tests/smtp-capture.ts): an e-mail is queued in the
 * transaction of its notification when the user's choice for the kind says so, sent once, retried
 * after a refusal with a growing delay, given up after MAIL_MAX_ATTEMPTS, and never sent twice by
 * two senders running at the same time.
 */
let smtp: SmtpCapture;
let mailer: Mailer;
const db = testDb();

beforeAll(async () => {
  smtp = await startSmtpCapture();
  mailer = { transport: nodemailer.createTransport(smtp.url), from: "Thi đua khối <khongtraloi@thidua.test>" };
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.mails.length = 0;
  smtp.refuseNext(0);
});

async function returnedSheetFor(userIds: string[]) {
  await db.$transaction((tx) =>
    notify(tx, {
      kind: "SHEET_RETURNED",
      recipients: userIds,
      message: "Bảng tự chấm điểm năm 2026 đã bị trả lại. Lý do: thiếu minh chứng.",
      link: "/khoi/K/2026/cham-diem/tu-cham/BTG",
    }),
  );
}

const at = (ms: number) => () => new Date(Date.now() + ms);

describe("the e-mail outbox", () => {
  it("queues an e-mail with the notification for a kind e-mailed by default, and sends it once", async () => {
    const leader = await makeUser(db, { name: "Nguyễn Thị Lan", email: "lan@btg.thidua.test" });
    await returnedSheetFor([leader.id]);
    const [note] = await db.notification.findMany({ where: { userId: leader.id }, include: { mail: true } });
    expect(note).toMatchObject({ kind: "SHEET_RETURNED", readAt: null, mail: { status: "PENDING", toAddress: "lan@btg.thidua.test", attempts: 0 } });

    expect(await deliverOutbox(db, mailer)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual(["lan@btg.thidua.test"]);
    expect(mail.from).toBe("khongtraloi@thidua.test");
    expect(mail.messageId).toBe(`<${note!.mail!.id}@thong-bao.thi-dua-khoi>`);
    expect(mail.subject).toBe("Thi đua khối: Bảng điểm bị trả lại để sửa");
    expect(mail.text).toContain("Lý do: thiếu minh chứng.");
    expect(mail.text).toContain("/khoi/K/2026/cham-diem/tu-cham/BTG");
    expect(await db.mailOutbox.findUniqueOrThrow({ where: { id: note!.mail!.id } })).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null });

    expect(await deliverOutbox(db, mailer)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
  });

  it("queues nothing for a kind the user turned off, a kind off by default, or an inactive account", async () => {
    const off = await makeUser(db);
    await db.notificationPreference.create({ data: { userId: off.id, kind: "SHEET_RETURNED", email: false } });
    const inactive = await makeUser(db, { isActive: false });
    await returnedSheetFor([off.id, inactive.id]);
    const optIn = await makeUser(db);
    await db.notificationPreference.create({ data: { userId: optIn.id, kind: "SHEET_VERIFIED", email: true } });
    const byDefault = await makeUser(db);
    await db.$transaction((tx) => notify(tx, { kind: "SHEET_VERIFIED", recipients: [optIn.id, byDefault.id], message: "Đã thẩm định.", link: null }));

    expect(await db.notification.count({ where: { userId: off.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: inactive.id } })).toBe(0);
    expect((await db.mailOutbox.findMany()).map((m) => m.toAddress)).toEqual([optIn.email]);
  });

  it("writes nothing when the change it belongs to rolls back", async () => {
    const leader = await makeUser(db);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { kind: "SHEET_RETURNED", recipients: [leader.id], message: "x", link: null });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect([await db.notification.count(), await db.mailOutbox.count()]).toEqual([0, 0]);
  });

  it("retries a refused e-mail after a delay, then sends it", async () => {
    const leader = await makeUser(db);
    await returnedSheetFor([leader.id]);
    smtp.refuseNext(1);
    expect(await deliverOutbox(db, mailer)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const row = await db.mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);

    // Not due yet: nothing is tried.
    expect(await deliverOutbox(db, mailer)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await deliverOutbox(db, mailer, { now: at(61_000) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it(`gives up after ${MAIL_MAX_ATTEMPTS} attempts and keeps the last error`, async () => {
    const leader = await makeUser(db);
    await returnedSheetFor([leader.id]);
    smtp.refuseNext(100);
    const reports = [];
    for (let hour = 0; hour < MAIL_MAX_ATTEMPTS + 2; hour++) reports.push(await deliverOutbox(db, mailer, { now: at(hour * 7 * 3_600_000) }));
    expect(reports.map((r) => r.retried + r.failed)).toEqual([...Array(MAIL_MAX_ATTEMPTS).fill(1), 0, 0]);
    expect(reports.at(MAIL_MAX_ATTEMPTS - 1)!.failed).toBe(1);
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAIL_MAX_ATTEMPTS });
    expect(smtp.mails).toHaveLength(0);
  });

  it("leaves an e-mail claimed by a sender alone until its lease ends", async () => {
    const leader = await makeUser(db);
    await returnedSheetFor([leader.id]);
    // Another sender claimed it a moment ago (and may be sending it now).
    await db.mailOutbox.updateMany({ data: { attempts: 1, lockedUntil: new Date(Date.now() + MAIL_LEASE_MS - 1_000) } });
    expect(await deliverOutbox(db, mailer)).toEqual({ sent: 0, retried: 0, failed: 0 });
    // That sender died: once the lease is over the e-mail is tried again.
    expect(await deliverOutbox(db, mailer, { now: at(MAIL_LEASE_MS) })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await db.mailOutbox.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("two senders at the same time send each e-mail exactly once", async () => {
    const users = await Promise.all(Array.from({ length: 24 }, () => makeUser(db)));
    await returnedSheetFor(users.map((u) => u.id));
    expect(await db.mailOutbox.count()).toBe(24);
    const [a, b] = await Promise.all([deliverOutbox(db, mailer, { batch: 3 }), deliverOutbox(db, mailer, { batch: 3 })]);
    expect(a.sent + b.sent).toBe(24);
    expect(smtp.mails).toHaveLength(24);
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(24);
    expect(new Set(smtp.mails.flatMap((m) => m.to))).toEqual(new Set(users.map((u) => u.email)));
    expect(await db.mailOutbox.count({ where: { status: "SENT", attempts: 1 } })).toBe(24);
  });
});
