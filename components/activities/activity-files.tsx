"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** Attaches the activity's plan, the scan of its result notice or photos (docs/decisions/0040). */
export function AttachFilesForm({ action, activityId, title }: { action: Action; activityId: string; title: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2" aria-label={`Đính kèm tệp cho ${title}`}>
      <input type="hidden" name="activityId" value={activityId} />
      <Field
        name={`files-${activityId}`}
        label="Kế hoạch, thông báo kết quả (bản quét), ảnh"
        hint="PDF, JPEG hoặc PNG, mỗi tệp tối đa 10 MB; tối đa 5 tệp mỗi lần."
        errors={errorsOf(state, "files")}
      >
        {(p) => <input {...p} name="files" type="file" multiple accept="application/pdf,image/jpeg,image/png" className="block text-sm" />}
      </Field>
      <SubmitButton variant="secondary" pendingText="Đang gửi tệp…">
        Đính kèm tệp
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Removes one attached file, after a confirmation. */
export function RemoveFileForm({ action, fileId, name }: { action: Action; fileId: string; name: string }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline" aria-label={`Xoá tệp ${name}`}>
      <input type="hidden" name="fileId" value={fileId} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={`Xoá tệp “${name}”?`}
        description="Tệp bị xoá khỏi hoạt động và không khôi phục được."
        confirmText="Xoá tệp"
      >
        Xoá<span className="sr-only"> tệp {name}</span>
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
