"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatMoment } from "@/lib/format";
import { CopyButton } from "./copy-button";
import type { ActionState } from "@/lib/forms/action-state";
import type { ResetLink } from "@/lib/server/accounts/issued-password";

type Action = (prev: ActionState<{ link: ResetLink }>, formData: FormData) => Promise<ActionState<{ link: ResetLink }>>;

/** Issues a one-time password reset link and shows it once, with its expiry, to hand over. */
export function ResetLinkForm({ action, userId, isActive }: { action: Action; userId: string; isActive: boolean }) {
  const [state, formAction] = useActionState(action, null);
  if (!isActive) return <p className="text-sm text-stone-600">Tài khoản đang ngừng hoạt động: hãy kích hoạt lại trước khi tạo liên kết đặt lại mật khẩu.</p>;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="userId" value={userId} />
      {state?.ok && state.link ? (
        <div role="status" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
          <p className="font-semibold">Liên kết đặt lại mật khẩu (chỉ hiện một lần):</p>
          <p className="break-all">
            <code className="font-mono" data-testid="reset-link">
              {state.link.url}
            </code>
          </p>
          <p className="flex flex-wrap items-center gap-3">
            <CopyButton text={state.link.url} label="Sao chép liên kết" />
            <span>Hết hạn lúc {formatMoment(new Date(state.link.expiresAt))}; dùng được một lần.</span>
          </p>
          <p className="text-amber-900">
            {state.link.emailed
              ? "Liên kết cũng đã được gửi tới email của tài khoản."
              : "Liên kết chưa được gửi qua email: hãy giao cho người dùng qua kênh an toàn."}
          </p>
        </div>
      ) : (
        <p className="text-sm text-stone-600">Tạo liên kết mới làm các liên kết trước đó của tài khoản hết hiệu lực.</p>
      )}
      <FormMessage state={state?.ok ? null : state} />
      <SubmitButton variant="secondary" pendingText="Đang tạo…">
        Tạo liên kết đặt lại mật khẩu
      </SubmitButton>
    </form>
  );
}
