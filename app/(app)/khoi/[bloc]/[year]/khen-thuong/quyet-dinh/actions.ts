"use server";

import { revalidatePath } from "next/cache";
import { CancelDecisionInputSchema, RecordDecisionInputSchema, decisionFormFields } from "@/lib/schemas/decisions";
import { cancelDecision } from "@/lib/server/decisions/cancel-decision";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";

function refresh() {
  revalidatePath("/(app)/khoi/[bloc]/[year]/khen-thuong", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/khen-thuong/quyet-dinh", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/khen-thuong/quyet-dinh/lich-su/[agency]", "page");
}

export async function recordDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = RecordDecisionInputSchema.safeParse(decisionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => recordDecision(parsed.data), "Đã lưu quyết định.");
  refresh();
  return result;
}

export async function cancelDecisionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CancelDecisionInputSchema.safeParse({ decisionId: formData.get("decisionId"), reason: formData.get("reason"), reference: formData.get("reference") ?? undefined });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => cancelDecision(parsed.data), "Đã hủy quyết định.");
  refresh();
  return result;
}
