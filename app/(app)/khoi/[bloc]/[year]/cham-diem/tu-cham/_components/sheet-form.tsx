"use client";

import { useCallback, useRef, useState } from "react";
import { OneFormSheet } from "@/components/sheet-form/one-form-sheet";
import { countScored, type ScorableRow } from "@/lib/domain/self-scoring";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { saveScoreSheetAction } from "../actions";
import { checkChosenFiles } from "./chosen-files";
import { uploadChosenEvidence, type UploadProgress } from "./upload-evidence";
import { UploadProgressBar } from "./upload-progress";

/**
 * The whole self-scoring sheet as one form (components/sheet-form): "Lưu" first sends each chosen
 * evidence file through the sheet's upload route with a progress bar (upload-evidence.ts), then
 * saves every row's values at once; a pause in typing saves the values as a draft on its own
 * (evidence waits for "Lưu", so nothing is uploaded unasked). A file that is refused stays chosen
 * with its message next to its row, and the values are saved all the same
 * (docs/decisions/0022-evidence-upload-route.md).
 */
export function SheetForm({
  tableId,
  agencyId,
  uploadUrl,
  version,
  scorable,
  scoredAtFirst,
  children,
  after,
}: {
  tableId: string;
  agencyId: string;
  /** The sheet's evidence upload route (app/api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/minh-chung). */
  uploadUrl: string;
  version: number;
  scorable: ScorableRow[];
  /** Rows scored as the page was read (the counter follows typing from there). */
  scoredAtFirst: number;
  children: React.ReactNode;
  /** What follows the form and must know whether everything is saved (the submission). */
  after?: React.ReactNode;
}) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const cancelUpload = useRef<AbortController | null>(null);

  const uploadFiles = useCallback(
    async (form: HTMLFormElement, sheetVersion: string) => {
      cancelUpload.current = new AbortController();
      const outcome = await uploadChosenEvidence(form, uploadUrl, Number(sheetVersion), setProgress, cancelUpload.current.signal);
      cancelUpload.current = null;
      // The upload's own outcome stays on its bar (upload-progress.tsx); the save's answer is the values'.
      return {
        version: outcome.version,
        problems: Object.fromEntries(outcome.rows.map((id) => [id, outcome.failed[id]?.join(" ") ?? ""])),
        stored: outcome.stored,
      };
    },
    [uploadUrl],
  );
  const clearProgress = useCallback(() => setProgress(null), []);

  return (
    <OneFormSheet
      action={saveScoreSheetAction}
      label="Bảng tự chấm"
      fields={{ tableId, agencyId }}
      version={version}
      total={scorable.length}
      doneAtFirst={scoredAtFirst}
      countDone={(data) => countScored(scorable, (id, name) => data.get(sheetFieldName(id, name)) as string | null)}
      progressLabel="Đã chấm"
      saveLabel="Lưu bảng tự chấm"
      checkFiles={checkChosenFiles}
      uploadFiles={uploadFiles}
      uploading={progress !== null && !progress.done}
      onSend={clearProgress}
      barExtra={progress && <UploadProgressBar progress={progress} onCancel={() => cancelUpload.current?.abort()} />}
      after={after}
    >
      {children}
    </OneFormSheet>
  );
}
