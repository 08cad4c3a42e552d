"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AddActivityParticipantInputSchema, RemoveActivityParticipantInputSchema, SaveBlocActivityInputSchema } from "@/lib/schemas/bloc-activities";
import { addActivityParticipant } from "@/lib/server/activities/add-activity-participant";
import { removeActivityParticipant } from "@/lib/server/activities/remove-activity-participant";
import { saveBlocActivity } from "@/lib/server/activities/save-bloc-activity";
import { invalid, runAction } from "@/lib/server/run-action";

const revalidate = ["/(app)/khoi/[bloc]/[year]/hoat-dong/page"];

export async function saveBlocActivityAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveBlocActivityInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveBlocActivity(parsed.data), {
    success: parsed.data.activityId ? "Đã lưu hoạt động." : "Đã ghi hoạt động mới.",
    revalidate,
    refresh: "success-or-conflict",
    echo: formData,
  });
}

export async function addActivityParticipantAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AddActivityParticipantInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => addActivityParticipant(parsed.data), { success: "Đã thêm người tham gia.", revalidate, refresh: "success", echo: formData });
}

export async function removeActivityParticipantAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RemoveActivityParticipantInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => removeActivityParticipant(parsed.data), { success: "Đã xoá người tham gia.", revalidate, refresh: "success" });
}
