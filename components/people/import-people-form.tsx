"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
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
      <Field name="people-file" label="Tệp lịch sử khen thưởng cá nhân (.xlsx) *" hint="Dùng tệp mẫu ở trên; tối đa 2 MB.">
        {(p) => (
          <input
            {...p}
            name="file"
            type="file"
            required
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileErrors ? true : undefined}
            aria-describedby={[p["aria-describedby"], fileErrors ? "people-import-errors" : null].filter(Boolean).join(" ") || undefined}
            className={inputClass}
          />
        )}
      </Field>
      <FormMessage state={state} />
      {fileErrors && fileErrors.length > 0 && (
        <ul id="people-import-errors" data-testid="import-errors" className="list-disc space-y-1 pl-5 text-sm text-red-700">
          {fileErrors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
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
