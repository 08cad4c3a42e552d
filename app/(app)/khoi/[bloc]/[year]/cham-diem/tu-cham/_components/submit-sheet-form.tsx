"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { submitScoreSheetAction } from "../actions";
import { useSheetUnsaved } from "@/components/sheet-form/one-form-sheet";

/**
 * "Nộp bảng tự chấm": irreversible, so it asks for confirmation; a refusal lists what is missing.
 * A late submission (docs/decisions/0042-late-submission.md) says so, with its deduction, in the confirmation.
 * It waits while the sheet has changes not yet saved, so what is submitted is what is on screen.
 */
export function SubmitSheetForm({ sheetId, version, lateWarning }: { sheetId: string; version: number; lateWarning?: string | null }) {
  const [state, formAction] = useActionState(submitScoreSheetAction, null);
  const unsaved = useSheetUnsaved();
  const missing = state && !state.ok ? state.fieldErrors?.missing : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="sheetId" value={sheetId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state && missing ? { ok: false, message: "Chưa thể nộp bảng tự chấm, còn thiếu:" } : state} />
      {missing && (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {unsaved ? (
        <p className="text-sm text-amber-900" role="status">
          Có thay đổi chưa lưu: nút nộp hiện lại khi bảng đã lưu xong (bảng tự lưu sau vài giây, hoặc bấm “Lưu bảng tự chấm”).
        </p>
      ) : (
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Nộp bảng tự chấm?"
          description={`${lateWarning ? `${lateWarning} ` : ""}Sau khi nộp, bảng tự chấm không thể sửa nữa.`}
          confirmText="Nộp"
          variant="primary"
        >
          Nộp bảng tự chấm
        </ConfirmSubmit>
      )}
    </form>
  );
}
