"use server";

import { revalidatePath } from "next/cache";
import { ProgressInputSchema, progressFormFields } from "@/lib/schemas/progress";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { saveProgress } from "@/lib/server/progress/save-progress";

export async function saveProgressAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ProgressInputSchema.safeParse(progressFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => saveProgress(parsed.data), "Đã lưu tiến độ.");
  // Also after a refusal: a stale form must show the data that is current now.
  revalidatePath("/(app)/khoi/[bloc]/[year]/dang-ky/so-ket", "page");
  return result;
}
