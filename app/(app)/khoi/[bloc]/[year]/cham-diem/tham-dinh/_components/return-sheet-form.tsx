"use client";

import { useActionState } from "react";
import { useSheetUnsaved } from "@/components/sheet-form/one-form-sheet";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { returnSheetAction } from "../actions";
import { UnsavedNote } from "./complete-verification-form";

/** "Trả lại bảng điểm" with a reason the agency will see; it may then edit and resubmit. It waits for unsaved changes, as completion does. */
export function ReturnSheetForm({ sheetId, version }: { sheetId: string; version: number }) {
  const [state, formAction] = useActionState(returnSheetAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const unsaved = useSheetUnsaved();
  return (
    <form action={formAction} className="space-y-2" aria-label="Trả lại bảng điểm">
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="version" value={version} />
      <Field name="reason" label="Lý do trả lại" errors={errors?.reason} hint="Cơ quan sẽ thấy lý do này, sửa bảng tự chấm và nộp lại.">
        {(p) => <textarea {...p} rows={3} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      {unsaved ? (
        <UnsavedNote />
      ) : (
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Trả lại bảng điểm?"
          description="Bảng điểm sẽ trở về cơ quan để sửa và nộp lại."
          confirmText="Trả lại"
        >
          Trả lại bảng điểm
        </ConfirmSubmit>
      )}
    </form>
  );
}
