"use client";

import { useEffect, useId, useRef, useTransition } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/forms/action-state";
import { readyToConfirm, STEP_FIELD } from "@/lib/forms/step";

/**
 * A submit button for an irreversible step (lock, remove, return, publish), in two steps
 * (docs/decisions/0021-check-before-confirming.md):
 * 1. the button sends the form to its action as a check (`_step=check`): the server parses it and
 *    runs the use case's checks without writing; a refusal shows in the form like any refusal
 *    (`state`), field by field, in Vietnamese;
 * 2. only a `ready` answer opens a native <dialog>, whose confirm button submits the real step,
 *    which checks everything again.
 * The check is dispatched by hand, not submitted: React resets a form after a submitted action,
 * and what was typed must still be there to confirm. No browser validation bubbles: the check
 * does not go through the browser's validation and the confirm button has formNoValidate.
 * Keyboard: Enter/Space (or Enter in a field) checks, Esc closes the dialog, focus starts on "Hủy".
 */
export function ConfirmSubmit({
  children,
  title,
  description,
  confirmText = "Xác nhận",
  variant = "danger",
  state,
  formAction,
}: {
  children: React.ReactNode;
  title: string;
  description: string;
  confirmText?: string;
  variant?: "danger" | "primary";
  /** The form's answer (`useActionState`), where the check's answer arrives. */
  state: ActionState<object>;
  /** The form's dispatch (`useActionState`): the check goes through it, so its refusal is the form's state. */
  formAction: (formData: FormData) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const asked = useRef(false);
  const titleId = useId();
  const { pending } = useFormStatus();
  const [checking, startCheck] = useTransition();
  const color = variant === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800";

  // The answer to this button's check: open the dialog only when the server found nothing wrong.
  useEffect(() => {
    if (!asked.current) return;
    asked.current = false;
    if (readyToConfirm(state)) dialog.current?.showModal();
  }, [state]);

  function check(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    const data = new FormData(form, event.currentTarget);
    asked.current = true;
    startCheck(() => formAction(data));
  }

  const busy = pending || checking;
  return (
    <>
      <button
        type="submit"
        name={STEP_FIELD}
        value="check"
        disabled={busy}
        onClick={check}
        className={`rounded px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 ${color}`}
      >
        {checking ? "Đang kiểm tra…" : pending ? "Đang xử lý…" : children}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-lg p-0 backdrop:bg-black/40">
        <div className="p-5">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <p className="mt-2 text-sm text-stone-600">{description}</p>
          <div className="mt-5 flex justify-end gap-2">
            <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded border border-stone-300 px-4 py-2 text-sm">
              Hủy
            </button>
            <button
              type="submit"
              formNoValidate
              onClick={() => dialog.current?.close()}
              className={`rounded px-4 py-2 text-sm font-semibold text-white ${color}`}
            >
              {confirmText}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
