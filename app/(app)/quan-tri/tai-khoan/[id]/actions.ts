"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import {
  AccountRefInputSchema,
  GrantRoleInputSchema,
  SetAccountActiveInputSchema,
  UpdateAccountInputSchema,
  WithdrawRoleInputSchema,
} from "@/lib/schemas/accounts";
import { grantRole } from "@/lib/server/accounts/grant-role";
import type { ResetLink } from "@/lib/server/accounts/issued-password";
import { issueResetLink } from "@/lib/server/accounts/issue-reset-link";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { updateAccount } from "@/lib/server/accounts/update-account";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// The account's page and the list show roles and state: both are read again.
const revalidate = ["/(app)/quan-tri/tai-khoan/[id]/page", "/(app)/quan-tri/tai-khoan/page"];

/** After a CONFLICT the page shows the current data; the stale edit is not kept. */
export async function updateAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = UpdateAccountInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => updateAccount(parsed.data), { revalidate, refresh: "success-or-conflict", echo: formData, success: "Đã lưu thông tin tài khoản." });
}

export async function grantRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = GrantRoleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => grantRole(parsed.data), { revalidate, refresh: "success", echo: formData, success: "Đã giao vai trò." });
}

export async function withdrawRoleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = WithdrawRoleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => withdrawRole(parsed.data, step), { step: stepOf(formData), revalidate, refresh: "success", success: "Đã thu hồi vai trò." });
}

export async function setAccountActiveAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SetAccountActiveInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const success = parsed.data.active ? "Đã kích hoạt lại tài khoản." : "Tài khoản đã ngừng hoạt động; mọi phiên đăng nhập của tài khoản đã bị đóng.";
  return runAction((step) => setAccountActive(parsed.data, step), { step: stepOf(formData), revalidate, refresh: "success", success });
}

/** The link goes back in this answer only, to be shown once with its expiry. */
export async function issueResetLinkAction(_prev: ActionState<{ link: ResetLink }>, formData: FormData): Promise<ActionState<{ link: ResetLink }>> {
  const parsed = AccountRefInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => issueResetLink(parsed.data.userId), {
    revalidate,
    refresh: "success",
    success: "Đã tạo liên kết đặt lại mật khẩu.",
    data: (link) => ({ link: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed: link.emailed } }),
  });
}
