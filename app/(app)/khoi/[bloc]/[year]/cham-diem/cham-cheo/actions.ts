"use server";

import { revalidatePath } from "next/cache";
import { SaveCrossScoreInputSchema, SubmitCrossScoresInputSchema } from "@/lib/schemas/cross-score-input";
import { saveCrossScore } from "@/lib/server/cross-scoring/save-cross-score";
import { submitCrossScores } from "@/lib/server/cross-scoring/submit-cross-scores";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";

function refresh() {
  // Also after a refusal: a stale form must show the data that is current now.
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/cham-cheo/[agencyCode]", "page");
}

export async function saveCrossScoreAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SaveCrossScoreInputSchema.safeParse({
    scorerAgencyId: formData.get("scorerAgencyId"),
    targetAgencyId: formData.get("targetAgencyId"),
    criterionId: formData.get("criterionId"),
    points: formData.get("points") ?? "",
    previous: formData.get("previous") ?? "",
  });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => saveCrossScore(parsed.data), "Đã lưu.");
  refresh();
  return result;
}

export async function submitCrossScoresAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = SubmitCrossScoresInputSchema.safeParse({
    cycleId: formData.get("cycleId"),
    scorerAgencyId: formData.get("scorerAgencyId"),
    targetAgencyId: formData.get("targetAgencyId"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => submitCrossScores(parsed.data), "Đã nộp điểm chấm chéo.");
  refresh();
  return result;
}
