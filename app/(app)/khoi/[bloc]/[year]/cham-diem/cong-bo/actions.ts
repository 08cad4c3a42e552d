"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { PublishResultsInputSchema, SetResultPublicityInputSchema } from "@/lib/schemas/publication";
import { publishResults } from "@/lib/server/publication/publish-results";
import { setResultPublicity } from "@/lib/server/publication/set-result-publicity";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

export async function publishResultsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = PublishResultsInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => publishResults(parsed.data, step), {
    step: stepOf(formData),
    success: ({ version }) => `Đã công bố kết quả, phiên bản ${version}.`,
    // Also after a refusal: a stale form must show the versions that exist now.
    revalidate: ["/(app)/khoi/[bloc]/[year]/cham-diem/cong-bo/page", "/(app)/khoi/[bloc]/[year]/cham-diem/page"],
  });
}

export async function setResultPublicityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SetResultPublicityInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => setResultPublicity(parsed.data, step), {
    step: stepOf(formData),
    success: ({ isPublic }) => (isPublic ? "Đã công khai kết quả: ai cũng xem được bảng xếp hạng mà không cần đăng nhập." : "Đã thôi công khai kết quả."),
    revalidate: ["/(app)/khoi/[bloc]/[year]/cham-diem/cong-bo/page", "/(public)/cong-khai/[bloc]/[year]/page"],
  });
}
