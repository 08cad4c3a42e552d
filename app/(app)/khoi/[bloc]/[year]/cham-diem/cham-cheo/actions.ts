"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { SaveCrossScoreInputSchema, SubmitCrossScoresInputSchema } from "@/lib/schemas/cross-score-input";
import { saveCrossScore } from "@/lib/server/cross-scoring/save-cross-score";
import { submitCrossScores } from "@/lib/server/cross-scoring/submit-cross-scores";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// Also after a refusal: a stale form must show the data that is current now.
const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo/page", "/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo/[agencyCode]/page"];

export async function saveCrossScoreAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveCrossScoreInputSchema.safeParse({ points: "", previous: "", ...formFields(formData) });
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => saveCrossScore(parsed.data), { revalidate, success: "Đã lưu." });
}

export async function submitCrossScoresAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SubmitCrossScoresInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => submitCrossScores(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã nộp điểm chấm chéo." });
}
