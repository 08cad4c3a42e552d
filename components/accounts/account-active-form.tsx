"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Deactivate (confirmed first: the user is signed out everywhere) or reactivate an account. */
export function AccountActiveForm({
  action,
  userId,
  name,
  isActive,
  isSelf,
}: {
  action: Action;
  userId: string;
  name: string;
  isActive: boolean;
  isSelf: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  if (isActive && isSelf) return <p className="text-sm text-stone-600">Đây là tài khoản của bạn: một cán bộ quản trị khác mới cho ngừng hoạt động được.</p>;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={isActive ? "0" : "1"} />
      {isActive ? (
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title={`Cho tài khoản ${name} ngừng hoạt động?`}
          description="Người dùng bị đăng xuất khỏi mọi thiết bị và không đăng nhập được nữa; vai trò và dữ liệu được giữ nguyên. Có thể kích hoạt lại sau."
          confirmText="Ngừng hoạt động"
        >
          Cho ngừng hoạt động
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant="secondary" pendingText="Đang kích hoạt…">
          Kích hoạt lại
        </SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
