"use client";

import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";

/**
 * A submit button for an irreversible step (lock, remove, return, publish):
 * it opens a native <dialog> that must be confirmed before the form submits.
 * Keyboard: Enter/Space opens it, Esc closes it, focus starts on "Hủy".
 */
export function ConfirmSubmit({
  children,
  title,
  description,
  confirmText = "Xác nhận",
  variant = "danger",
}: {
  children: React.ReactNode;
  title: string;
  description: string;
  confirmText?: string;
  variant?: "danger" | "primary";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { pending } = useFormStatus();
  const color = variant === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
        className={`rounded px-4 py-2 text-sm font-semibold text-white disabled:opacity-60 ${color}`}
      >
        {pending ? "Đang xử lý…" : children}
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
            <button type="submit" onClick={() => dialog.current?.close()} className={`rounded px-4 py-2 text-sm font-semibold text-white ${color}`}>
              {confirmText}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
