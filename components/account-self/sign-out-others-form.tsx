"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";

/** Ends every session but this one, after a confirmation. */
export function SignOutOthersForm({ action, others }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; others: number }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="mt-4 grid gap-3">
      <FormMessage state={state} />
      {others > 0 && (
        <div>
          <ConfirmSubmit
            state={state}
            formAction={formAction}
            title="Đăng xuất khỏi các phiên khác?"
            description={`${others} phiên đăng nhập khác của bạn sẽ bị đăng xuất ngay. Phiên bạn đang dùng vẫn giữ nguyên.`}
            confirmText="Đăng xuất các phiên khác"
          >
            Đăng xuất khỏi các phiên khác
          </ConfirmSubmit>
        </div>
      )}
    </form>
  );
}
