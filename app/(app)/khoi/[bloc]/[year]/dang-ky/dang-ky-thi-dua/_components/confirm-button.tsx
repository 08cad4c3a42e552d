"use client";

import { useId, useRef } from "react";
import { useFormStatus } from "react-dom";

/**
 * A step that cannot be undone (send, accept): the button opens a native
 * <dialog>; its confirm button submits the enclosing form, carrying
 * `name=value` so one form can tell which step was confirmed.
 * Keyboard: Enter/Space opens, Esc closes, focus starts on "Hủy".
 */
export function ConfirmButton({
  children,
  title,
  description,
  confirmText,
  name,
  value,
}: {
  children: React.ReactNode;
  title: string;
  description: string;
  confirmText: string;
  name?: string;
  value?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { pending } = useFormStatus();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
        className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
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
            <button
              type="submit"
              name={name}
              value={value}
              onClick={() => dialog.current?.close()}
              className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {confirmText}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}

/** A plain submit button that names its intent (e.g. "Lưu nháp" → intent=save). */
export function IntentButton({ children, name, value }: { children: React.ReactNode; name: string; value: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
    >
      {pending ? "Đang lưu…" : children}
    </button>
  );
}
