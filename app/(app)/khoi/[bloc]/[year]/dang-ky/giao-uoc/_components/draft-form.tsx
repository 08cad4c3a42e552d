"use client";

import { useActionState, useState } from "react";
import { errorsOf, type ActionState } from "@/lib/forms/action-state";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { savePledgeDraftAction } from "../actions";
import { CommitmentList, type CommitmentValues, type CriterionChoice } from "./commitment-list";

export interface DraftValues {
  pledgeId: string | null;
  rowVersion: number;
  title: string;
  theme: string;
  /** One per line. */
  bases: string;
  commitments: CommitmentValues[];
}

/**
 * The pledge draft: title, theme, bases and the numbered commitments, saved
 * together. The fields remount with the saved text whenever the stored
 * rowVersion changes (after a save, or after a refused stale save, so the
 * current version is what is shown), and keep what was typed otherwise.
 */
export function DraftForm({ blocId, year, initial, criteria }: { blocId: string; year: number; initial: DraftValues; criteria: CriterionChoice[] | null }) {
  const [state, action] = useActionState<ActionState, FormData>(savePledgeDraftAction, null);
  return (
    <form action={action} noValidate className="grid gap-4">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="pledgeId" value={initial.pledgeId ?? ""} />
      <input type="hidden" name="rowVersion" value={initial.rowVersion} />
      <DraftFields key={`${initial.pledgeId ?? "new"}-${initial.rowVersion}`} initial={initial} state={state} criteria={criteria} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Lưu dự thảo</SubmitButton>
      </div>
    </form>
  );
}

// Controlled: React resets a form after its action, and a refused draft must keep what was typed.
function DraftFields({ initial, state, criteria }: { initial: DraftValues; state: ActionState; criteria: CriterionChoice[] | null }) {
  const [text, setText] = useState({ title: initial.title, theme: initial.theme, bases: initial.bases });
  const bind = (name: keyof typeof text) => ({
    value: text[name],
    onChange: (e: { target: { value: string } }) => setText((t) => ({ ...t, [name]: e.target.value })),
  });
  return (
    <>
      <Field name="title" label="Tiêu đề" errors={errorsOf(state, "title")}>
        {(p) => <input {...p} {...bind("title")} required maxLength={300} className={inputClass} />}
      </Field>
      <Field
        name="theme"
        label="Chủ đề"
        hint="Chủ đề thi đua của năm, ví dụ “Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả”."
        errors={errorsOf(state, "theme")}
      >
        {(p) => <input {...p} {...bind("theme")} maxLength={1000} className={inputClass} />}
      </Field>
      <Field
        name="bases"
        label="Căn cứ"
        hint="Mỗi dòng một căn cứ (luật, chỉ thị, kế hoạch…); “Căn cứ” được thêm khi in nếu thiếu."
        errors={errorsOf(state, "bases")}
      >
        {(p) => <textarea {...p} {...bind("bases")} rows={4} className={inputClass} />}
      </Field>
      <CommitmentList initial={initial.commitments} state={state} criteria={criteria} />
    </>
  );
}
