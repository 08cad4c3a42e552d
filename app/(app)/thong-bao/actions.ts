"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { MarkNotificationReadInputSchema } from "@/lib/schemas/notifications";
import { markAllNotificationsRead } from "@/lib/server/notifications/mark-all-notifications-read";
import { markNotificationRead } from "@/lib/server/notifications/mark-notification-read";
import { invalid, runAction } from "@/lib/server/run-action";

// The header's unread count is in the signed-in layout.
const revalidate = ["/(app)/thong-bao/page", "/(app)/layout"];

export async function markReadAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = MarkNotificationReadInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => markNotificationRead(parsed.data), { revalidate, success: "Đã đánh dấu đã đọc." });
}

export async function markAllReadAction(): Promise<ActionState> {
  return runAction(() => markAllNotificationsRead(), {
    revalidate,
    success: ({ marked }) => (marked > 0 ? `Đã đánh dấu ${marked} thông báo là đã đọc.` : "Không còn thông báo chưa đọc."),
  });
}
