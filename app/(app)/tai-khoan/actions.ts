"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { ChangePasswordInputSchema, UpdateOwnProfileInputSchema } from "@/lib/schemas/account-self";
import { SaveNotificationPreferencesInputSchema } from "@/lib/schemas/notifications";
import { changePassword } from "@/lib/server/accounts/change-password";
import { signOutOtherSessions } from "@/lib/server/accounts/sign-out-other-sessions";
import { updateOwnProfile } from "@/lib/server/accounts/update-own-profile";
import { saveNotificationPreferences } from "@/lib/server/notifications/save-notification-preferences";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

const revalidate = ["/(app)/tai-khoan/page"];

/** Read again after a refusal too (a newer change): the page then shows the current data. */
export async function updateProfileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = UpdateOwnProfileInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => updateOwnProfile(parsed.data), {
    revalidate,
    echo: formData,
    success: ({ changed }) => (changed ? "Đã lưu thông tin tài khoản." : "Thông tin không thay đổi."),
  });
}

/** Passwords are never returned to the form, not even after a refusal. */
export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ChangePasswordInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => changePassword(parsed.data), {
    revalidate,
    refresh: "success",
    success: ({ otherSessionsSignedOut: n }) => `Đã đổi mật khẩu.${n > 0 ? ` ${n} phiên đăng nhập khác đã được đăng xuất.` : ""}`,
  });
}

export async function signOutOthersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction((step) => signOutOtherSessions(undefined, step), {
    step: stepOf(formData),
    revalidate,
    refresh: "success",
    success: ({ signedOut }) => (signedOut > 0 ? `Đã đăng xuất ${signedOut} phiên khác.` : "Không còn phiên đăng nhập nào khác."),
  });
}

export async function saveNotificationPreferencesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveNotificationPreferencesInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => saveNotificationPreferences(parsed.data), {
    revalidate,
    success: ({ changed }) => (changed ? "Đã lưu lựa chọn thông báo qua e-mail." : "Lựa chọn không thay đổi."),
  });
}
