"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { NominationInputSchema, ProposeNominationInputSchema, ReviewNominationInputSchema, SetPrioritiesInputSchema } from "@/lib/schemas/awards";
import { proposeNomination } from "@/lib/server/awards/propose-nomination";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { saveNomination } from "@/lib/server/awards/save-nomination";
import { setPriorities } from "@/lib/server/awards/set-priorities";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

/** Read again after a success, and after a conflict so the current data shows; `stamp` remounts the forms. */
const answer = (prev: ActionState): ActionOptions => ({
  revalidate: ["/(app)/khoi/[bloc]/[year]/khen-thuong/layout"],
  refresh: "success-or-conflict",
  stamp: prev,
});

/** "Thêm đề nghị" / "Lưu đề nghị". */
export async function saveNominationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = NominationInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  const success = parsed.data.nominationId ? "Đã lưu đề nghị." : "Đã thêm đề nghị (đang soạn).";
  return runAction(() => saveNomination(parsed.data), { ...answer(prev), echo: formData, success });
}

/** "Gửi đề nghị" (agency → chair). */
export async function proposeNominationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ProposeNominationInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { stamp: prev });
  return runAction((step) => proposeNomination(parsed.data, step), { step: stepOf(formData), ...answer(prev), success: "Đã gửi đề nghị đến Trưởng khối." });
}

/** "Gửi lên", "Trả lại", "Không đề nghị" (chair). */
export async function reviewNominationAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ReviewNominationInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  const success = {
    send: "Đã gửi đề nghị lên cấp trên.",
    return: "Đã trả lại đề nghị cho cơ quan.",
    reject: "Đã ghi nhận không đề nghị.",
  }[parsed.data.decision];
  return runAction((step) => reviewNomination(parsed.data, step), { step: stepOf(formData), ...answer(prev), echo: formData, success });
}

/** "Lưu thứ tự" (chair): one priority per nomination, in the order listed. */
export async function setPrioritiesAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
  const priorities = list(fields.priority);
  const parsed = SetPrioritiesInputSchema.safeParse({
    awardFormId: fields.awardFormId,
    items: list(fields.nominationId).map((nominationId, i) => ({ nominationId, priority: priorities[i] ?? "0" })),
  });
  if (!parsed.success) return invalid(parsed.error, { stamp: prev });
  return runAction(() => setPriorities(parsed.data), { ...answer(prev), success: "Đã lưu thứ tự ưu tiên." });
}
