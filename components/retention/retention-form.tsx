"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { FILE_KIND_LABELS, FILE_KINDS, type FileKind } from "@/lib/domain/retention";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The council's period per kind of file, in years after the emulation year; blank = permanently (docs/decisions/0045-file-retention.md). */
export function RetentionForm({ periods, scopeKey, action }: { periods: Record<FileKind, number | null>; scopeKey: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate aria-label="Thời hạn lưu trữ theo loại tệp" className="space-y-3">
      <input type="hidden" name="tinh" value={scopeKey} />
      <div className="grid gap-3 sm:grid-cols-3">
        {FILE_KINDS.map((k) => (
          <Field key={k} name={`years.${k}`} label={`${FILE_KIND_LABELS[k]} (số năm)`} hint="Để trống: lưu vĩnh viễn" errors={errorsOf(state, `years.${k}`)}>
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                className={inputClass}
                defaultValue={valueOf(state, `years.${k}`, periods[k] === null ? "" : String(periods[k]))}
              />
            )}
          </Field>
        ))}
      </div>
      <SubmitButton>Lưu thời hạn</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
