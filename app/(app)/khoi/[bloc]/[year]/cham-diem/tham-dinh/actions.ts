"use server";

import { revalidatePath } from "next/cache";
import { CompleteVerificationInputSchema, ReturnSheetInputSchema, VerifyEntryInputSchema, verifyEntryFormFields } from "@/lib/schemas/verification";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { completeVerification } from "@/lib/server/verification/complete-verification";
import { returnSheet } from "@/lib/server/verification/return-sheet";
import { verifyEntry } from "@/lib/server/verification/verify-entry";

function refresh() {
  // Also after a refusal: a stale form must show the data that is current now.
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tham-dinh", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tham-dinh/[agencyCode]", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/[agencyCode]", "page");
}

export async function verifyEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = VerifyEntryInputSchema.safeParse(verifyEntryFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => verifyEntry(parsed.data), "Đã lưu thẩm định.");
  refresh();
  return result;
}

export async function completeVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CompleteVerificationInputSchema.safeParse({ sheetId: formData.get("sheetId"), version: formData.get("version") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => completeVerification(parsed.data), "Đã hoàn tất thẩm định.");
  refresh();
  return result;
}

export async function returnSheetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ReturnSheetInputSchema.safeParse({ sheetId: formData.get("sheetId"), version: formData.get("version"), reason: formData.get("reason") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => returnSheet(parsed.data), "Đã trả lại bảng điểm cho cơ quan.");
  refresh();
  return result;
}
