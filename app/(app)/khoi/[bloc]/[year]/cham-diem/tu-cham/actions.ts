"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { SaveScoreEntryInputSchema, SubmitScoreSheetInputSchema, scoreEntryFormFields } from "@/lib/schemas/self-scoring";
import { invalid, runAction } from "@/lib/server/run-action";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";

// Also after a refusal: a stale form must show the data that is current now.
const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/page", "/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/[agencyCode]/page"];

export async function saveScoreEntryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveScoreEntryInputSchema.safeParse(scoreEntryFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => saveScoreEntry(parsed.data), { revalidate, success: "Đã lưu." });
}

export async function submitScoreSheetAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SubmitScoreSheetInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => submitScoreSheet(parsed.data), { revalidate, success: "Đã nộp bảng tự chấm." });
}
