"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { registrationFormFields, RegistrationInputSchema, ReviewRegistrationInputSchema } from "@/lib/schemas/registration";
import { reviewRegistration } from "@/lib/server/registrations/review-registration";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { submitRegistration } from "@/lib/server/registrations/submit-registration";
import { invalid, runAction } from "@/lib/server/run-action";

// The overview (dang-ky), the table and every agency's page show registrations.
const revalidate = ["/(app)/khoi/[bloc]/[year]/dang-ky/layout"];

/**
 * "Lưu nháp" and "Gửi đăng ký" post the same form; the pressed button names the intent. A conflict
 * shows the current data (the page is re-read); other refusals keep what was typed. `stamp`
 * remounts the fields on every answer.
 */
export async function saveRegistrationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const isSubmit = formFields(formData).intent === "submit";
  const parsed = RegistrationInputSchema.safeParse(registrationFormFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => (isSubmit ? submitRegistration(parsed.data) : saveRegistration(parsed.data)), {
    revalidate,
    refresh: "success-or-conflict",
    echo: formData,
    stamp: prev,
    success: isSubmit ? "Đã gửi bản đăng ký đến Thư ký khối." : "Đã lưu nháp bản đăng ký.",
  });
}

/** "Tiếp nhận" or "Trả lại" (with "Lý do trả lại", kept after any refusal) by the bloc's secretary or chair. */
export async function reviewRegistrationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ReviewRegistrationInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => reviewRegistration(parsed.data), {
    revalidate,
    echo: formData,
    stamp: prev,
    success: parsed.data.decision === "accept" ? "Đã tiếp nhận bản đăng ký." : "Đã trả lại bản đăng ký.",
  });
}
