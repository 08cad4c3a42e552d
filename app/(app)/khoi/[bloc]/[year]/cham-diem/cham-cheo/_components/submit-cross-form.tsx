"use client";

import { useActionState } from "react";
import { useSheetUnsaved } from "@/components/sheet-form/one-form-sheet";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { submitCrossScoresAction } from "../actions";

/**
 * "Nộp điểm chấm chéo": irreversible, so it asks for confirmation; a refusal lists what is missing.
 * It waits while the scores have changes not yet saved, so what is submitted is what is on screen.
 */
export function SubmitCrossForm({
  cycleId,
  scorerAgencyId,
  targetAgencyId,
  targetName,
}: {
  cycleId: string;
  scorerAgencyId: string;
  targetAgencyId: string;
  targetName: string;
}) {
  const [state, formAction] = useActionState(submitCrossScoresAction, null);
  const missing = state && !state.ok ? state.fieldErrors?.missing : undefined;
  const unsaved = useSheetUnsaved();
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="scorerAgencyId" value={scorerAgencyId} />
      <input type="hidden" name="targetAgencyId" value={targetAgencyId} />
      <FormMessage state={state && missing ? { ok: false, message: "Chưa thể nộp điểm chấm chéo, còn thiếu:" } : state} />
      {missing && (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {unsaved ? (
        <p className="text-sm text-amber-900" role="status">
          Có thay đổi chưa lưu: nút nộp hiện lại khi điểm đã lưu xong (tự lưu sau vài giây, hoặc bấm “Lưu điểm chấm chéo”).
        </p>
      ) : (
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Nộp điểm chấm chéo?"
          description={`Sau khi nộp, điểm chấm chéo của cơ quan bạn cho ${targetName} không thể sửa nữa; điểm của các cơ quan khác sẽ hiện ra.`}
          confirmText="Nộp"
          variant="primary"
        >
          Nộp điểm chấm chéo
        </ConfirmSubmit>
      )}
    </form>
  );
}
