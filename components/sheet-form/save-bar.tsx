"use client";

import type { ActionState } from "@/lib/forms/action-state";

/**
 * A sheet's bar, kept in view at the bottom of the screen: how many rows are done, whether
 * everything typed is saved, and the one "Lưu" button of the sheet; `extra` below it (the
 * self-scoring sheet's evidence upload).
 */
export function SaveBar({
  state,
  pending,
  uploading,
  dirty,
  done,
  total,
  progressLabel,
  saveLabel,
  extra,
}: {
  state: ActionState<object>;
  pending: boolean;
  /** Chosen files are being sent before the values. */
  uploading: boolean;
  dirty: boolean;
  done: number;
  total: number;
  /** "Đã chấm", "Đã thẩm định": followed by "x/y tiêu chí". */
  progressLabel: string;
  /** The button: "Lưu bảng tự chấm", … */
  saveLabel: string;
  extra?: React.ReactNode;
}) {
  const status = pending
    ? uploading
      ? "Đang tải minh chứng lên…"
      : "Đang lưu…"
    : state && !state.ok
      ? state.message
      : dirty
        ? "Có thay đổi chưa lưu (tự lưu sau vài giây)."
        : (state?.message ?? "Mọi thay đổi đã được lưu.");
  return (
    <div className="sticky bottom-0 z-10 -mx-1 rounded-t-lg border border-stone-300 bg-white/95 px-4 py-3 shadow-md backdrop-blur">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-48 flex-1">
          <label htmlFor="sheet-progress" className="text-sm font-medium">
            {progressLabel} {done}/{total} tiêu chí
          </label>
          <progress id="sheet-progress" max={total || 1} value={done} className="mt-1 block h-2 w-full accent-brand-700" />
        </div>
        <p role="status" aria-live="polite" className={`flex-1 text-sm ${state && !state.ok && !pending ? "text-red-800" : "text-stone-700"}`}>
          {status}
        </p>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "Đang lưu…" : saveLabel}
        </button>
        {extra}
      </div>
    </div>
  );
}
