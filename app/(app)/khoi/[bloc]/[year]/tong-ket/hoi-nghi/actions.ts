"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { SaveAttendanceInputSchema, SaveConferenceInputSchema, attendanceRowsFromForm } from "@/lib/schemas/conference";
import { saveAttendance } from "@/lib/server/conference/save-attendance";
import { saveConference } from "@/lib/server/conference/save-conference";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";

// The conference also shows on the tổng kết overview.
const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/tong-ket/layout"], refresh: "success-or-conflict" };

export async function saveConferenceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveConferenceInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveConference(parsed.data), { ...reread, echo: formData, success: "Đã lưu thông tin hội nghị." });
}

export async function saveAttendanceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveAttendanceInputSchema.safeParse({ ...formFields(formData), rows: attendanceRowsFromForm(formData) });
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveAttendance(parsed.data), { ...reread, echo: formData, success: "Đã lưu điểm danh." });
}
