"use client";

import { OneFormSheet } from "@/components/sheet-form/one-form-sheet";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { saveCrossSheetAction } from "../actions";

/**
 * One target's cross-scores as one form (components/sheet-form): "Lưu điểm chấm chéo" saves every
 * criterion at once, and a pause in typing saves on its own. A criterion counts once it has points.
 */
export function CrossSheetForm({
  tableId,
  scorerAgencyId,
  targetAgencyId,
  version,
  rowIds,
  scoredAtFirst,
  children,
  after,
}: {
  tableId: string;
  scorerAgencyId: string;
  targetAgencyId: string;
  version: string;
  /** The scorable criteria. */
  rowIds: string[];
  scoredAtFirst: number;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <OneFormSheet
      action={saveCrossSheetAction}
      label="Bảng chấm chéo"
      fields={{ tableId, scorerAgencyId, targetAgencyId }}
      version={version}
      total={rowIds.length}
      doneAtFirst={scoredAtFirst}
      countDone={(data) => rowIds.filter((id) => String(data.get(sheetFieldName(id, "points")) ?? "").trim() !== "").length}
      progressLabel="Đã chấm"
      saveLabel="Lưu điểm chấm chéo"
      after={after}
    >
      {children}
    </OneFormSheet>
  );
}
