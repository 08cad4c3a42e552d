"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CancelDecisionInputSchema, RecordDecisionInputSchema, decisionFormFields } from "@/lib/schemas/decisions";
import { cancelDecision } from "@/lib/server/decisions/cancel-decision";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

const revalidate = [
  "/(app)/khoi/[bloc]/[year]/khen-thuong/page",
  "/(app)/khoi/[bloc]/[year]/khen-thuong/quyet-dinh/page",
  "/(app)/khoi/[bloc]/[year]/khen-thuong/quyet-dinh/lich-su/[agency]/page",
];

export async function recordDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RecordDecisionInputSchema.safeParse(decisionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => recordDecision(parsed.data), { revalidate, success: "Đã lưu quyết định." });
}

export async function cancelDecisionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CancelDecisionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => cancelDecision(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã hủy quyết định." });
}
