"use server";

import { revalidatePath } from "next/cache";
import { registrationFormFields, registrationFormValues, RegistrationInputSchema, ReviewRegistrationInputSchema } from "@/lib/schemas/registration";
import { expectedFailure } from "@/lib/server/errors";
import { invalid } from "@/lib/server/form-state";
import { reviewRegistration } from "@/lib/server/registrations/review-registration";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { submitRegistration } from "@/lib/server/registrations/submit-registration";
import type { RegistrationFormState, ReviewFormState } from "./_components/form-state";

// The overview (dang-ky), the table and every agency's page show registrations.
const refresh = () => revalidatePath("/khoi/[bloc]/[year]/dang-ky", "layout");

/** "Lưu nháp" and "Gửi đăng ký" post the same form; the pressed button names the intent. */
export async function saveRegistrationAction(prev: RegistrationFormState, formData: FormData): Promise<RegistrationFormState> {
  const stamp = (prev?.stamp ?? 0) + 1;
  const isSubmit = formData.get("intent") === "submit";
  const parsed = RegistrationInputSchema.safeParse(registrationFormFields(formData));
  if (!parsed.success) {
    const state = invalid(parsed.error);
    return state && !state.ok ? { ...state, stamp, values: registrationFormValues(formData) } : null;
  }
  try {
    await (isSubmit ? submitRegistration(parsed.data) : saveRegistration(parsed.data));
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    // A conflict shows the current data (the page is re-read); other refusals keep what was typed.
    if (e.code === "CONFLICT") refresh();
    const values = e.code === "CONFLICT" ? undefined : registrationFormValues(formData);
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values, stamp };
  }
  refresh();
  return { ok: true, message: isSubmit ? "Đã gửi bản đăng ký đến Thư ký khối." : "Đã lưu nháp bản đăng ký.", stamp };
}

/** "Tiếp nhận" or "Trả lại" (with "Lý do trả lại") by the bloc's secretary or chair. */
export async function reviewRegistrationAction(prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const stamp = (prev?.stamp ?? 0) + 1;
  const reason = typeof formData.get("reason") === "string" ? (formData.get("reason") as string) : undefined;
  const parsed = ReviewRegistrationInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const state = invalid(parsed.error);
    return state && !state.ok ? { ...state, stamp, reason } : null;
  }
  try {
    await reviewRegistration(parsed.data);
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    if (e.code === "CONFLICT") refresh();
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, reason, stamp };
  }
  refresh();
  return { ok: true, message: parsed.data.decision === "accept" ? "Đã tiếp nhận bản đăng ký." : "Đã trả lại bản đăng ký.", stamp };
}
