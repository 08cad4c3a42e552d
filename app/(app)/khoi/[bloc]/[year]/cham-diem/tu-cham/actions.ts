"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import type { SheetSaved } from "@/lib/forms/sheet-fields";
import { SaveScoreSheetInputSchema, SubmitScoreSheetInputSchema, scoreSheetFormFields } from "@/lib/schemas/self-scoring";
import { invalid, runAction } from "@/lib/server/run-action";
import { saveScoreSheet } from "@/lib/server/self-scoring/save-score-sheet";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { stepOf } from "@/lib/forms/step";

// Also after a refusal: a stale form must show the data that is current now.
const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/page", "/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/[agencyCode]/page"];

export async function saveScoreSheetAction(_prev: ActionState<SheetSaved>, formData: FormData): Promise<ActionState<SheetSaved>> {
  const parsed = SaveScoreSheetInputSchema.safeParse(scoreSheetFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction<{ version: number; saved: number }, SheetSaved>(() => saveScoreSheet(parsed.data), {
    revalidate,
    success: (r) => (r.saved === 0 ? "Không có thay đổi mới." : `Đã lưu ${r.saved} tiêu chí.`),
    data: (r) => ({ version: r.version }),
  });
}

export async function submitScoreSheetAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SubmitScoreSheetInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => submitScoreSheet(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã nộp bảng tự chấm." });
}
