"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { stepOf } from "@/lib/forms/step";
import {
  activityFilesFormFields,
  AddActivityParticipantInputSchema,
  AttachActivityFilesInputSchema,
  RemoveActivityFileInputSchema,
  RemoveActivityParticipantInputSchema,
  SaveBlocActivityInputSchema,
} from "@/lib/schemas/bloc-activities";
import { addActivityParticipant } from "@/lib/server/activities/add-activity-participant";
import { attachActivityFiles } from "@/lib/server/activities/attach-activity-files";
import { removeActivityFile } from "@/lib/server/activities/remove-activity-file";
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

/** Plan, result notice scans, photos of an activity (docs/decisions/0040). */
export async function attachActivityFilesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AttachActivityFilesInputSchema.safeParse(activityFilesFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => attachActivityFiles(parsed.data), {
    success: (r) => `Đã đính kèm ${r.names.length} tệp.`,
    revalidate,
    refresh: "success",
  });
}

/** Removes one of its files (confirmed). */
export async function removeActivityFileAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RemoveActivityFileInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => removeActivityFile(parsed.data, step), { step: stepOf(formData), success: "Đã xoá tệp.", revalidate, refresh: "success" });
}
