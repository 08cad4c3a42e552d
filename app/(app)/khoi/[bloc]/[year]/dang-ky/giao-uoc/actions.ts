"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import {
  chosenFile,
  NewPledgeVersionInputSchema,
  PledgeDraftInputSchema,
  pledgeDraftFromForm,
  PledgeStepInputSchema,
  SignatureInputSchema,
  SigningMeetingInputSchema,
} from "@/lib/schemas/pledge";
import { createPledgeVersion } from "@/lib/server/pledges/create-pledge-version";
import { openPledgeForSigning } from "@/lib/server/pledges/open-pledge-for-signing";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { recordSigningMeeting } from "@/lib/server/pledges/record-signing-meeting";
import { returnPledgeToDraft } from "@/lib/server/pledges/return-pledge-to-draft";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// Refresh after every attempt, refused ones too: a stale save must show the current version.
const revalidate = ["/(app)/khoi/[bloc]/[year]/layout"];

export async function savePledgeDraftAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PledgeDraftInputSchema.safeParse(pledgeDraftFromForm(form));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => savePledgeDraft(parsed.data), { revalidate, success: "Đã lưu dự thảo giao ước." });
}

export async function openPledgeForSigningAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PledgeStepInputSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => openPledgeForSigning(parsed.data, step), {
    step: stepOf(form),
    revalidate,
    success: "Đã mở ký kết: các cơ quan thành viên có thể ghi nhận chữ ký.",
  });
}

export async function returnPledgeToDraftAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = PledgeStepInputSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => returnPledgeToDraft(parsed.data, step), { step: stepOf(form), revalidate, success: "Đã chuyển giao ước về dự thảo." });
}

export async function recordSigningMeetingAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = SigningMeetingInputSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error, { echo: form });
  return runAction(() => recordSigningMeeting(parsed.data), { revalidate, echo: form, success: "Đã lưu hội nghị ký kết." });
}

export async function recordSignatureAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = SignatureInputSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error, { echo: form });
  return runAction(() => recordSignature(parsed.data, chosenFile(form, "scan")), {
    revalidate,
    echo: form,
    success: ({ locked }) => (locked ? "Đã ghi nhận chữ ký. Mọi thành viên đã ký: giao ước đã khóa." : "Đã ghi nhận chữ ký."),
  });
}

export async function createPledgeVersionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = NewPledgeVersionInputSchema.safeParse(formFields(form));
  if (!parsed.success) return invalid(parsed.error, { echo: form });
  const success = "Đã tạo phiên bản mới ở dạng dự thảo; phiên bản cũ vẫn xem được.";
  return runAction((step) => createPledgeVersion(parsed.data, step), { step: stepOf(form), revalidate, echo: form, success });
}
