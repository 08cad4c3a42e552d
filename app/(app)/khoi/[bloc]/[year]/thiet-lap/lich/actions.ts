"use server";

import { PHASE_KEYS } from "@/lib/domain/cycle-phase";
import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CreateCycleInputSchema, ReopenPhaseInputSchema, SavePhasesInputSchema } from "@/lib/schemas/calendar";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { reopenPhase } from "@/lib/server/cycles/reopen-phase";
import { GrantExtensionInputSchema, WaiveLatePenaltyInputSchema } from "@/lib/schemas/deadlines";
import { grantExtension } from "@/lib/server/deadlines/grant-extension";
import { waiveLatePenalty } from "@/lib/server/deadlines/waive-late-penalty";
import { savePhases } from "@/lib/server/cycles/save-phases";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// The calendar shows on every page of the year (banner, dashboard): refresh them all.
const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/layout"], refresh: "success-or-conflict" };

export async function createCycleAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateCycleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  const success = "Đã lập năm thi đua với lịch mặc định. Vui lòng rà soát và điều chỉnh các mốc thời gian.";
  return runAction(() => createCycle(parsed.data), { ...reread, echo: formData, success });
}

export async function savePhasesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const phases = Object.fromEntries(PHASE_KEYS.map((k) => [k, { opensOn: fields[`phases.${k}.opensOn`], closesOn: fields[`phases.${k}.closesOn`] }]));
  const parsed = SavePhasesInputSchema.safeParse({ ...fields, phases });
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => savePhases(parsed.data), { ...reread, echo: formData, success: "Đã lưu lịch các giai đoạn." });
}

export async function reopenPhaseAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ReopenPhaseInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => reopenPhase(parsed.data, step), { step: stepOf(formData), ...reread, echo: formData, success: "Đã mở lại giai đoạn." });
}

// One agency's extension or waiver (docs/decisions/0042-late-submission.md): shown on the pages where
// the step is reviewed (registrations, self-scoring), which pass these actions to the form.
export async function grantExtensionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = GrantExtensionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => grantExtension(parsed.data, step), { step: stepOf(formData), ...reread, echo: formData, success: "Đã gia hạn cho cơ quan." });
}

export async function waiveLatePenaltyAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = WaiveLatePenaltyInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => waiveLatePenalty(parsed.data, step), {
    step: stepOf(formData),
    ...reread,
    echo: formData,
    success: "Đã miễn trừ điểm nộp muộn cho cơ quan.",
  });
}
