"use server";

import { revalidatePath } from "next/cache";
import { withValues, type PledgeFormState } from "@/components/pledges/form-state";
import {
  chosenFile,
  NewPledgeVersionInputSchema,
  PledgeDraftInputSchema,
  pledgeDraftFromForm,
  PledgeStepInputSchema,
  SignatureInputSchema,
  SigningMeetingInputSchema,
} from "@/lib/schemas/pledge";
import { expectedFailure } from "@/lib/server/errors";
import { invalid, runAction } from "@/lib/server/form-state";
import { createPledgeVersion } from "@/lib/server/pledges/create-pledge-version";
import { openPledgeForSigning } from "@/lib/server/pledges/open-pledge-for-signing";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { recordSigningMeeting } from "@/lib/server/pledges/record-signing-meeting";
import { returnPledgeToDraft } from "@/lib/server/pledges/return-pledge-to-draft";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";

// Refresh after every attempt, refused ones too: a stale save must show the current version.
const refresh = () => revalidatePath("/khoi/[bloc]/[year]", "layout");

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$ACTION")));

export async function savePledgeDraftAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = PledgeDraftInputSchema.safeParse(pledgeDraftFromForm(form));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => savePledgeDraft(parsed.data), "Đã lưu dự thảo giao ước.");
  refresh();
  return state;
}

export async function openPledgeForSigningAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = PledgeStepInputSchema.safeParse(fields(form));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => openPledgeForSigning(parsed.data), "Đã mở ký kết: các cơ quan thành viên có thể ghi nhận chữ ký.");
  refresh();
  return state;
}

export async function returnPledgeToDraftAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = PledgeStepInputSchema.safeParse(fields(form));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => returnPledgeToDraft(parsed.data), "Đã chuyển giao ước về dự thảo.");
  refresh();
  return state;
}

export async function recordSigningMeetingAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = SigningMeetingInputSchema.safeParse({ ...fields(form), presentAgencyIds: form.getAll("presentAgencyIds") });
  if (!parsed.success) return withValues(invalid(parsed.error), form);
  const state = await runAction(() => recordSigningMeeting(parsed.data), "Đã lưu hội nghị ký kết.");
  refresh();
  return withValues(state, form);
}

export async function recordSignatureAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = SignatureInputSchema.safeParse(fields(form));
  if (!parsed.success) return withValues(invalid(parsed.error), form);
  try {
    const { locked } = await recordSignature(parsed.data, chosenFile(form, "scan"));
    refresh();
    return { ok: true, message: locked ? "Đã ghi nhận chữ ký. Mọi thành viên đã ký: giao ước đã khóa." : "Đã ghi nhận chữ ký." };
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    refresh();
    return withValues({ ok: false, message: e.message, fieldErrors: e.fieldErrors }, form);
  }
}

export async function createPledgeVersionAction(_prev: PledgeFormState, form: FormData): Promise<PledgeFormState> {
  const parsed = NewPledgeVersionInputSchema.safeParse(fields(form));
  if (!parsed.success) return withValues(invalid(parsed.error), form);
  const state = await runAction(() => createPledgeVersion(parsed.data), "Đã tạo phiên bản mới ở dạng dự thảo; phiên bản cũ vẫn xem được.");
  refresh();
  return withValues(state, form);
}
