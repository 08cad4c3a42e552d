"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { deleteOfficerTermAction } from "../actions";

export function DeleteTermForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(deleteOfficerTermAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit
        state={state}
        formAction={action}
        title={`Xóa nhiệm kỳ ${label}?`}
        description="Chỉ xóa nhiệm kỳ ghi nhầm. Nội dung đã xóa vẫn còn trong nhật ký thay đổi."
        confirmText="Xóa nhiệm kỳ"
      >
        Xóa
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
