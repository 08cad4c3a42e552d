"use client";

import { OneFormSheet } from "@/components/sheet-form/one-form-sheet";
import { sheetFieldName } from "@/lib/forms/sheet-fields";
import { saveVerificationSheetAction } from "../actions";

/** A value changed in a row ticks its "Đã thẩm định": changing a value is verifying it. */
function tickRow(target: HTMLInputElement, form: HTMLFormElement) {
  const m = /^entries\.([^.]+)\.(points|actual|target|violation|reason)$/.exec(target.name);
  const box = m && form.elements.namedItem(sheetFieldName(m[1]!, "verified"));
  if (box instanceof HTMLInputElement) box.checked = true;
}

/**
 * The whole verification sheet as one form (components/sheet-form): "Lưu thẩm định" saves every
 * row at once, and a pause in typing saves on its own. A row counts as verified once its box is
 * ticked; rows the agency marked N/A count as verified (they are not verified value by value).
 */
export function VerificationSheetForm({
  sheetId,
  version,
  rowIds,
  naCount,
  verifiedAtFirst,
  children,
  after,
}: {
  sheetId: string;
  version: number;
  /** The rows with a verification of their own (leaves the agency did not mark N/A). */
  rowIds: string[];
  naCount: number;
  verifiedAtFirst: number;
  children: React.ReactNode;
  after?: React.ReactNode;
}) {
  return (
    <OneFormSheet
      action={saveVerificationSheetAction}
      label="Bảng thẩm định"
      fields={{ sheetId }}
      version={version}
      total={rowIds.length + naCount}
      doneAtFirst={verifiedAtFirst}
      countDone={(data) => naCount + rowIds.filter((id) => data.get(sheetFieldName(id, "verified"))).length}
      onInput={tickRow}
      progressLabel="Đã thẩm định"
      saveLabel="Lưu thẩm định"
      after={after}
    >
      {children}
    </OneFormSheet>
  );
}

/**
 * Ticks "Đã thẩm định" on every row not ticked yet: the verifier agrees with the values shown.
 * Each box is clicked, so the form counts and autosaves them as if ticked by hand.
 */
export function TickAllButton() {
  return (
    <button
      type="button"
      onClick={(event) => {
        const boxes = event.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name$=".verified"]:not(:checked)');
        for (const box of boxes ?? []) box.click();
      }}
      className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      Đánh dấu tất cả là đã thẩm định
    </button>
  );
}
