"use server";

import { revalidatePath } from "next/cache";
import { SaveScoreEntryInputSchema, SubmitScoreSheetInputSchema, scoreEntryFormFields } from "@/lib/schemas/self-scoring";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";

function refresh() {
  // Also after a refusal: a stale form must show the data that is current now.
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/[agencyCode]", "page");
}

export async function saveScoreEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SaveScoreEntryInputSchema.safeParse(scoreEntryFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => saveScoreEntry(parsed.data), "Đã lưu.");
  refresh();
  return result;
}

export async function submitScoreSheetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SubmitScoreSheetInputSchema.safeParse({ sheetId: formData.get("sheetId"), version: formData.get("version") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => submitScoreSheet(parsed.data), "Đã nộp bảng tự chấm.");
  refresh();
  return result;
}
