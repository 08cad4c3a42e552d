"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { completeVerificationAction } from "../actions";

/** "Hoàn tất thẩm định": irreversible, so it asks for confirmation. */
export function CompleteVerificationForm({ sheetId, version, remaining }: { sheetId: string; version: number; remaining: number }) {
  const [state, formAction] = useActionState(completeVerificationAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Hoàn tất thẩm định?"
        description={`${remaining > 0 ? `${remaining} tiêu chí chưa thẩm định sẽ lấy giá trị tự chấm. ` : ""}Sau khi hoàn tất, không thể sửa điểm thẩm định của bảng điểm này.`}
        confirmText="Hoàn tất"
        variant="primary"
      >
        Hoàn tất thẩm định
      </ConfirmSubmit>
    </form>
  );
}
