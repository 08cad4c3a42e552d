"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { PublishResultsInputSchema } from "@/lib/schemas/publication";
import { publishResults } from "@/lib/server/publication/publish-results";
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
