"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import type { SheetSaved } from "@/lib/forms/sheet-fields";
import {
  CompleteVerificationInputSchema,
  ReturnSheetInputSchema,
  SaveVerificationSheetInputSchema,
  verificationSheetFormFields,
} from "@/lib/schemas/verification";
import { invalid, runAction } from "@/lib/server/run-action";
import { completeVerification } from "@/lib/server/verification/complete-verification";
import { returnSheet } from "@/lib/server/verification/return-sheet";
import { saveVerificationSheet } from "@/lib/server/verification/save-verification-sheet";
import { stepOf } from "@/lib/forms/step";

// Also after a refusal: a stale form must show the data that is current now.
const revalidate = [
  "/(app)/khoi/[bloc]/[year]/cham-diem/tham-dinh/page",
  "/(app)/khoi/[bloc]/[year]/cham-diem/tham-dinh/[agencyCode]/page",
  "/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/page",
  "/(app)/khoi/[bloc]/[year]/cham-diem/tu-cham/[agencyCode]/page",
];

export async function saveVerificationSheetAction(_prev: ActionState<SheetSaved>, formData: FormData): Promise<ActionState<SheetSaved>> {
  const parsed = SaveVerificationSheetInputSchema.safeParse(verificationSheetFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction<{ version: number; saved: number }, SheetSaved>(() => saveVerificationSheet(parsed.data), {
    revalidate,
    success: (r) => (r.saved === 0 ? "Không có thay đổi mới." : `Đã lưu thẩm định ${r.saved} tiêu chí.`),
    data: (r) => ({ version: r.version }),
  });
}

export async function completeVerificationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CompleteVerificationInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => completeVerification(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã hoàn tất thẩm định." });
}

export async function returnSheetAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ReturnSheetInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => returnSheet(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã trả lại bảng điểm cho cơ quan." });
}
