"use client";

import type { ActionState } from "@/lib/forms/action-state";
import type { UploadProgress } from "./upload-evidence";
import { UploadProgressBar } from "./upload-progress";

/**
 * The sheet's bar, kept in view at the bottom of the screen: how many rows are scored, whether
 * everything typed is saved, the upload of the chosen evidence, and the one "Lưu" button of the sheet.
 */
export function SaveBar({
  state,
  pending,
  progress,
  onCancelUpload,
  dirty,
  scored,
  total,
}: {
  state: ActionState<object>;
  pending: boolean;
  /** The evidence upload of the last "Lưu", or null. */
  progress: UploadProgress | null;
  onCancelUpload: () => void;
  dirty: boolean;
  scored: number;
  total: number;
}) {
  const uploading = pending && progress !== null && !progress.done;
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
            Đã chấm {scored}/{total} tiêu chí
          </label>
          <progress id="sheet-progress" max={total || 1} value={scored} className="mt-1 block h-2 w-full accent-brand-700" />
        </div>
        <p role="status" aria-live="polite" className={`flex-1 text-sm ${state && !state.ok && !pending ? "text-red-800" : "text-stone-700"}`}>
          {status}
        </p>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? "Đang lưu…" : "Lưu bảng tự chấm"}
        </button>
        {progress && <UploadProgressBar progress={progress} onCancel={onCancelUpload} />}
      </div>
    </div>
  );
}
