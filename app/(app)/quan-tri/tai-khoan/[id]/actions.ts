"use server";

import { revalidatePath } from "next/cache";
import { AccountRefInputSchema, GrantRoleInputSchema, SetAccountActiveInputSchema, UpdateAccountInputSchema, WithdrawRoleInputSchema } from "@/lib/schemas/accounts";
import type { ResetLinkFormState } from "@/lib/server/accounts/account-form-state";
import { grantRole } from "@/lib/server/accounts/grant-role";
import { issueResetLink } from "@/lib/server/accounts/issue-reset-link";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { updateAccount } from "@/lib/server/accounts/update-account";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import { isAppError } from "@/lib/server/errors";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";

// The account's page and the list show roles and state: both are read again.
const refresh = () => {
  revalidatePath("/(app)/quan-tri/tai-khoan/[id]", "page");
  revalidatePath("/quan-tri/tai-khoan");
};

export async function updateAccountAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = UpdateAccountInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  try {
    await updateAccount(parsed.data);
  } catch (e) {
    if (!isAppError(e)) throw e;
    const state: FormState = { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    // After a CONFLICT the page shows the current data; the stale edit is not kept.
    if (e.code === "CONFLICT") {
      refresh();
      return state;
    }
    return keepValues(state, formData);
  }
  refresh();
  return { ok: true, message: "Đã lưu thông tin tài khoản." };
}

export async function grantRoleAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = GrantRoleInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => grantRole(parsed.data), "Đã giao vai trò.");
  if (state?.ok) refresh();
  return state?.ok ? state : keepValues(state, formData);
}

export async function withdrawRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = WithdrawRoleInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => withdrawRole(parsed.data), "Đã thu hồi vai trò.");
  if (state?.ok) refresh();
  return state;
}

export async function setAccountActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SetAccountActiveInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => setAccountActive(parsed.data), parsed.data.active ? "Đã kích hoạt lại tài khoản." : "Tài khoản đã ngừng hoạt động; mọi phiên đăng nhập của tài khoản đã bị đóng.");
  if (state?.ok) refresh();
  return state;
}

/** The link goes back in this answer only, to be shown once with its expiry. */
export async function issueResetLinkAction(_prev: ResetLinkFormState, formData: FormData): Promise<ResetLinkFormState> {
  const parsed = AccountRefInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  try {
    const link = await issueResetLink(parsed.data.userId);
    refresh();
    return { ok: true, message: "Đã tạo liên kết đặt lại mật khẩu.", link: { url: link.url, expiresAt: link.expiresAt.toISOString(), emailed: link.emailed } };
  } catch (e) {
    if (isAppError(e)) return { ok: false, message: e.message, fieldErrors: e.fieldErrors };
    throw e;
  }
}
