"use client";

import { useEffect, useId, useRef } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

/**
 * "Trả lại" opens a dialog asking for the reason ("Lý do trả lại", at least
 * 10 characters). The dialog stays open while the server refuses, showing
 * why next to the field, and closes once the return is recorded.
 */
export function ReturnDialog({
  registrationId,
  version,
  agencyName,
  state,
  action,
}: {
  registrationId: string;
  version: number;
  agencyName: string;
  state: ActionState;
  action: (formData: FormData) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors?.reason : undefined;
  useEffect(() => {
    if (state?.ok) dialog.current?.close();
  }, [state]);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded border border-amber-600 px-4 py-2 text-sm font-semibold text-amber-800 hover:bg-amber-50"
      >
        Trả lại
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="m-auto w-full max-w-lg rounded-lg p-0 backdrop:bg-black/40">
        <form action={action} noValidate className="space-y-3 p-5">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            Trả lại bản đăng ký của {agencyName}
          </h2>
          <input type="hidden" name="registrationId" value={registrationId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="return" />
          <div>
            <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
              Lý do trả lại
            </label>
            <textarea
              key={state?.stamp ?? 0}
              id={`${id}-reason`}
              name="reason"
              rows={4}
              autoFocus
              defaultValue={valueOf(state, "reason")}
              aria-invalid={errors ? true : undefined}
              aria-describedby={`${id}-hint${errors ? ` ${id}-error` : ""}`}
              className={inputClass}
            />
            <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
              Ít nhất 10 ký tự; cơ quan nhận được lý do này cùng thông báo.
            </p>
            <div id={`${id}-error`} aria-live="polite">
              {errors?.map((e) => (
                <p key={e} className="mt-1 text-sm text-red-700">
                  {e}
                </p>
              ))}
            </div>
          </div>
          {state && !state.ok && state.values?.reason !== undefined && !errors && <FormMessage state={state} />}
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded border border-stone-300 px-4 py-2 text-sm">
              Hủy
            </button>
            <SubmitButton variant="danger" pendingText="Đang trả lại…">
              Xác nhận trả lại
            </SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
