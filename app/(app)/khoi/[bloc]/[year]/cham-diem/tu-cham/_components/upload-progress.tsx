"use client";

import { formatNumber } from "@/lib/format";
import type { UploadProgress } from "./upload-evidence";

/** "2,1 MB", or "350 kB" for what is under 1 MB (a one-page PDF would read "0 MB"). */
const size = (bytes: number, total: number) =>
  total >= 1024 * 1024 ? `${formatNumber(Math.round(bytes / 104_857.6) / 10)} MB` : `${formatNumber(Math.ceil(bytes / 1024))} kB`;

/**
 * The upload of the chosen evidence: bytes sent of all files, as a bar and in figures, the file
 * being sent, and a cancel button while it runs. It stays at its last value once the upload is
 * over, saying how many files were stored, until the next save.
 */
export function UploadProgressBar({ progress, onCancel }: { progress: UploadProgress; onCancel: () => void }) {
  const percent = progress.total > 0 ? Math.min(100, Math.floor((progress.sent / progress.total) * 100)) : 100;
  const figures = `${size(progress.sent, progress.total)}/${size(progress.total, progress.total)} · ${percent}%`;
  return (
    <div className="basis-full" data-testid="upload-progress">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="min-w-0 truncate">
          {progress.done
            ? `Đã tải lên ${progress.stored}/${progress.count} tệp minh chứng`
            : `Đang tải minh chứng lên: tệp ${progress.index}/${progress.count} (${progress.file})`}
        </span>
        <span className="tabular-nums">{figures}</span>
      </div>
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label="Tải minh chứng lên"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={figures}
          className="mt-1 h-2 flex-1 overflow-hidden rounded bg-stone-200"
        >
          <div className="h-full bg-brand-700" style={{ width: `${percent}%` }} />
        </div>
        {!progress.done && (
          <button type="button" onClick={onCancel} className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100">
            Hủy tải lên
          </button>
        )}
      </div>
      {progress.done && progress.failed > 0 && (
        <p className="mt-1 text-sm text-red-800">
          {progress.failed} tệp chưa được tải lên: xem thông báo ở tiêu chí của tệp; tệp vẫn được chọn, bấm “Lưu bảng tự chấm” để gửi lại.
        </p>
      )}
    </div>
  );
}
