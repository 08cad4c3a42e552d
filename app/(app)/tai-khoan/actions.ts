"use server";

import { revalidatePath } from "next/cache";
import { ChangePasswordInputSchema, UpdateOwnProfileInputSchema } from "@/lib/schemas/account-self";
import { changePassword } from "@/lib/server/accounts/change-password";
import { signOutOtherSessions } from "@/lib/server/accounts/sign-out-other-sessions";
import { updateOwnProfile } from "@/lib/server/accounts/update-own-profile";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";

const PAGE = "/tai-khoan";

export async function updateProfileAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = UpdateOwnProfileInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  let changed = false;
  const state = await runAction(async () => {
    ({ changed } = await updateOwnProfile(parsed.data));
  });
  // Also after a refusal for a newer change: the page then shows the current data.
  revalidatePath(PAGE);
  if (state?.ok) return { ok: true, message: changed ? "Đã lưu thông tin tài khoản." : "Thông tin không thay đổi." };
  return keepValues(state, formData);
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Passwords are never returned to the form, not even after a refusal.
  const parsed = ChangePasswordInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  let signedOut = 0;
  const state = await runAction(async () => {
    ({ otherSessionsSignedOut: signedOut } = await changePassword(parsed.data));
  });
  if (!state?.ok) return state;
  revalidatePath(PAGE);
  return { ok: true, message: `Đã đổi mật khẩu.${signedOut > 0 ? ` ${signedOut} phiên đăng nhập khác đã được đăng xuất.` : ""}` };
}

export async function signOutOthersAction(): Promise<FormState> {
  let signedOut = 0;
  const state = await runAction(async () => {
    ({ signedOut } = await signOutOtherSessions());
  });
  if (!state?.ok) return state;
  revalidatePath(PAGE);
  return { ok: true, message: signedOut > 0 ? `Đã đăng xuất ${signedOut} phiên khác.` : "Không còn phiên đăng nhập nào khác." };
}
