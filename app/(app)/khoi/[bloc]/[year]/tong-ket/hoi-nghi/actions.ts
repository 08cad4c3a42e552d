"use server";

import { revalidatePath } from "next/cache";
import { SaveAttendanceInputSchema, SaveConferenceInputSchema, attendanceRowsFromForm } from "@/lib/schemas/conference";
import { saveAttendance } from "@/lib/server/conference/save-attendance";
import { saveConference } from "@/lib/server/conference/save-conference";
import { keptInvalid, runKept, type KeptFormState } from "@/lib/server/cycles/kept-form-state";

// The conference also shows on the tổng kết overview.
const refresh = () => revalidatePath("/(app)/khoi/[bloc]/[year]/tong-ket", "layout");
const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function saveConferenceAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = SaveConferenceInputSchema.safeParse({
    cycleId: text(formData, "cycleId"),
    meetingId: text(formData, "meetingId"),
    version: text(formData, "version"),
    heldOn: text(formData, "heldOn"),
    place: text(formData, "place"),
    chairName: text(formData, "chairName"),
    secretaryName: text(formData, "secretaryName"),
    agenda: text(formData, "agenda"),
    notes: text(formData, "notes"),
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => saveConference(parsed.data), formData, refresh, "Đã lưu thông tin hội nghị.");
}

export async function saveAttendanceAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = SaveAttendanceInputSchema.safeParse({
    meetingId: text(formData, "meetingId"),
    version: text(formData, "version"),
    rows: attendanceRowsFromForm(formData),
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => saveAttendance(parsed.data), formData, refresh, "Đã lưu điểm danh.");
}
