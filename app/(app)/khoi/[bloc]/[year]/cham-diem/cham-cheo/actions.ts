"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import type { SheetSaved } from "@/lib/forms/sheet-fields";
import { crossSheetFormFields, SaveCrossSheetInputSchema, SubmitCrossScoresInputSchema } from "@/lib/schemas/cross-score-input";
import { saveCrossSheet } from "@/lib/server/cross-scoring/save-cross-sheet";
import { submitCrossScores } from "@/lib/server/cross-scoring/submit-cross-scores";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// Also after a refusal: a stale form must show the data that is current now.
const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo/page", "/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo/[agencyCode]/page"];

export async function saveCrossSheetAction(_prev: ActionState<SheetSaved>, formData: FormData): Promise<ActionState<SheetSaved>> {
  const parsed = SaveCrossSheetInputSchema.safeParse(crossSheetFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction<{ version: string; saved: number }, SheetSaved>(() => saveCrossSheet(parsed.data), {
    revalidate,
    success: (r) => (r.saved === 0 ? "Không có thay đổi mới." : `Đã lưu điểm chấm chéo ${r.saved} tiêu chí.`),
    data: (r) => ({ version: r.version }),
  });
}

export async function submitCrossScoresAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SubmitCrossScoresInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => submitCrossScores(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã nộp điểm chấm chéo." });
}
