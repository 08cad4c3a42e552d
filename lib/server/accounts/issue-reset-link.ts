import "server-only";
import { randomBytes } from "node:crypto";
import { resetLinkExpiry } from "@/lib/domain/reset-link";
import { appEnv } from "@/lib/env";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { sendResetLinkMail } from "@/lib/server/mail/send-reset-link-mail";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { hashResetToken } from "./reset-password-with-token";

/**
 * Council staff (or a system administrator) issue a password reset link for
 * an account they manage ("user:manage" in its province; NOT_FOUND outside
 * it). The token is 32 random bytes; only its SHA-256 is stored, so the link
 * can be shown once and never read back. It works for 24 hours, once, and
 * ends every earlier link of the account. With e-mail configured the link is
 * also sent to the account's address; a mail failure returns it with
 * emailed = false so the staff member can hand it over instead.
 */
export async function issueResetLink(userId: string, now: Date = new Date()): Promise<{ url: string; expiresAt: Date; emailed: boolean }> {
  const user = await requireUser();
  const target = await managedAccountScope(user, userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  const account = await db().user.findUniqueOrThrow({ where: { id: target.id }, select: { email: true, name: true, isActive: true } });
  if (!account.isActive) {
    throw new AppError("CONFLICT", "Tài khoản này đang ngừng hoạt động. Vui lòng kích hoạt lại tài khoản trước khi cấp liên kết đặt lại mật khẩu.");
  }
  const base = appEnv().NEXTAUTH_URL;
  if (!base) throw new Error("NEXTAUTH_URL is not set: the reset link needs the site's address.");

  const token = randomBytes(32).toString("base64url");
  const expiresAt = resetLinkExpiry(now);
  await db().$transaction(async (tx) => {
    await tx.passwordResetToken.updateMany({ where: { userId: target.id, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const link = await tx.passwordResetToken.create({
      data: { userId: target.id, tokenHash: hashResetToken(token), expiresAt, createdById: user.userId, createdAt: now },
      select: { id: true },
    });
    // The audit names the link row, never the token.
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.reset-link",
      entity: "User",
      entityId: target.id,
      after: { resetLinkId: link.id, expiresAt },
    });
  });

  const url = `${base.replace(/\/+$/, "")}/dat-lai-mat-khau/${token}`;
  const emailed = await sendResetLinkMail({ email: account.email, name: account.name }, url, expiresAt);
  return { url, expiresAt, emailed };
}
