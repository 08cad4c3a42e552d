"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ImportErrors, XlsxFileField } from "@/components/ui/xlsx-import";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Nhập từ tệp .xlsx": replaces the draft's criteria, or on a locked table makes a new version
 * (a reason is then required). Every problem found in the file is listed; nothing is imported then.
 */
export function ImportCriteriaForm({ action, tableId, needsReason }: { action: Action; tableId: string; needsReason: boolean }) {
  const [state, formAction] = useActionState(action, null);
  const fileErrors = state && !state.ok ? state.fieldErrors?.file : undefined;
  const reasonErrors = state && !state.ok ? state.fieldErrors?.changeReason : undefined;
  return (
    <form action={formAction} className="space-y-3" aria-label="Nhập từ tệp .xlsx">
      <input type="hidden" name="tableId" value={tableId} />
      <XlsxFileField
        id="import-file"
        label="Tệp bảng tiêu chí (.xlsx)"
        hint="Dùng mẫu của nút “Tải xuống .xlsx”; tối đa 2 MB."
        errors={fileErrors}
        errorsId="import-errors"
      />
      {needsReason && (
        <Field
          name="import-reason"
          label="Lý do thay đổi"
          errors={reasonErrors}
          hint="Bảng đã khóa: nhập tệp sẽ tạo phiên bản mới, kiểm tra lại điểm đã chấm và thông báo cho các cơ quan."
        >
          {(p) => <textarea {...p} name="changeReason" required minLength={10} rows={2} className={inputClass} />}
        </Field>
      )}
      <FormMessage state={state} />
      <ImportErrors id="import-errors" errors={fileErrors} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={needsReason ? "Nhập tệp thành phiên bản mới?" : "Thay toàn bộ tiêu chí bằng tệp?"}
        description={
          needsReason
            ? "Bảng hiện hành được thay bằng phiên bản mới theo tệp; điểm đã tự chấm được kiểm tra lại theo phiên bản mới và các cơ quan bị ảnh hưởng được thông báo."
            : "Mọi tiêu chí của bảng dự thảo được thay bằng các tiêu chí trong tệp."
        }
        confirmText="Nhập tệp"
        variant="primary"
      >
        Nhập từ tệp .xlsx
      </ConfirmSubmit>
    </form>
  );
}
