"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { ImportErrors, XlsxFileField } from "@/components/ui/xlsx-import";
import { errorsOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Nhập từ tệp .xlsx" of people's past years: the file is checked first and every problem listed
 * by row and column (nothing written); once it passes, a confirmation writes it all.
 */
export function ImportPeopleForm({ action, blocId, year }: { action: Action; blocId: string; year: number }) {
  const [state, formAction] = useActionState(action, null);
  const fileErrors = errorsOf(state, "file");
  return (
    <form action={formAction} className="grid max-w-2xl gap-4" aria-label="Nhập lịch sử khen thưởng cá nhân từ tệp .xlsx">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <XlsxFileField
        id="people-file"
        label="Tệp lịch sử khen thưởng cá nhân (.xlsx)"
        hint="Dùng tệp mẫu ở trên; tối đa 2 MB."
        errors={fileErrors}
        errorsId="people-import-errors"
      />
      <FormMessage state={state} />
      <ImportErrors id="people-import-errors" errors={fileErrors} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Ghi lịch sử khen thưởng trong tệp?"
          description="Tệp đã được kiểm tra: mọi dòng hợp lệ. Các năm, danh hiệu trong tệp được ghi cho từng người (nguồn: nhập từ tệp); người chưa có được tạo mới."
          confirmText="Ghi vào lịch sử"
          variant="primary"
        >
          Nhập từ tệp .xlsx
        </ConfirmSubmit>
      </div>
    </form>
  );
}
