import "server-only";
import { NOTIFICATION_KIND_INFO, NOTIFICATION_KINDS, wantsEmail, type NotificationKind } from "@/lib/domain/notifications";
import { appEnv } from "@/lib/env";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export interface NotificationChoice {
  kind: NotificationKind;
  label: string;
  email: boolean;
}

export interface NotificationPreferences {
  choices: NotificationChoice[];
  /** Whether this installation sends e-mail at all (SMTP_URL): the page says so when it does not. */
  mailConfigured: boolean;
}

/** The signed-in user's own choice, per kind, of being told by e-mail too (the kind's default where none is stored). */
export async function getNotificationPreferences(): Promise<NotificationPreferences> {
  const user = await requireUser();
  const rows = await db().notificationPreference.findMany({ where: { userId: user.userId }, select: { kind: true, email: true } });
  const stored = new Map(rows.map((r) => [r.kind, r.email]));
  return {
    choices: NOTIFICATION_KINDS.map((kind) => ({ kind, label: NOTIFICATION_KIND_INFO[kind].label, email: wantsEmail(kind, stored.get(kind)) })),
    mailConfigured: Boolean(appEnv().SMTP_URL),
  };
}
