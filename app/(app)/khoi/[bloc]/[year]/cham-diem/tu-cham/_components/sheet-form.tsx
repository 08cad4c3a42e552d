"use client";

import { OneFormSheet } from "@/components/sheet-form/one-form-sheet";
import { countScored, type ScorableRow } from "@/lib/domain/self-scoring";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { saveScoreSheetAction } from "../actions";
import { checkChosenFiles } from "./chosen-files";

/**
 * The whole self-scoring sheet as one form (components/sheet-form): "Lưu" saves every row at
 * once with the chosen evidence; a pause in typing saves the values as a draft on its own.
 */
export function SheetForm({
  tableId,
  agencyId,
  version,
  scorable,
  scoredAtFirst,
  children,
  after,
}: {
  tableId: string;
  agencyId: string;
  version: number;
  scorable: ScorableRow[];
  /** Rows scored as the page was read (the counter follows typing from there). */
  scoredAtFirst: number;
  children: React.ReactNode;
  /** What follows the form and must know whether everything is saved (the submission). */
  after?: React.ReactNode;
}) {
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
      after={after}
    >
      {children}
    </OneFormSheet>
  );
}
