"use client";

import { useActionState } from "react";
import { useSheetUnsaved } from "@/components/sheet-form/one-form-sheet";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { completeVerificationAction } from "../actions";

/**
 * "Hoàn tất thẩm định": irreversible, so it asks for confirmation. It waits while the sheet has
 * changes not yet saved, so what is completed is what is on screen.
 */
export function CompleteVerificationForm({ sheetId, version, remaining }: { sheetId: string; version: number; remaining: number }) {
  const [state, formAction] = useActionState(completeVerificationAction, null);
  const unsaved = useSheetUnsaved();
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      {unsaved ? (
        <UnsavedNote />
      ) : (
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
      )}
    </form>
  );
}

/** Said instead of a sheet's closing button while its changes are being saved. */
export function UnsavedNote() {
  return (
    <p className="text-sm text-amber-900" role="status">
      Có thay đổi chưa lưu: nút hiện lại khi bảng đã lưu xong (bảng tự lưu sau vài giây, hoặc bấm “Lưu thẩm định”).
    </p>
  );
}
