"use server";

import { revalidatePath } from "next/cache";
import { SaveKeyTasksInputSchema, SaveProgrammeInputSchema } from "@/lib/schemas/calendar";
import { keptInvalid, runKept, type KeptFormState } from "@/lib/server/cycles/kept-form-state";
import { saveKeyTasks } from "@/lib/server/cycles/save-key-tasks";
import { saveProgramme } from "@/lib/server/cycles/save-programme";

// The theme also shows on the dashboard and the set-up overview.
const refresh = () => revalidatePath("/(app)/khoi/[bloc]/[year]", "layout");
const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function saveProgrammeAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = SaveProgrammeInputSchema.safeParse({
    cycleId: text(formData, "cycleId"),
    updatedAt: text(formData, "updatedAt"),
    theme: text(formData, "theme"),
    movements: text(formData, "movements"),
    legalBases: text(formData, "legalBases"),
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => saveProgramme(parsed.data), formData, refresh, "Đã lưu chương trình thi đua của năm.");
}

export async function saveKeyTasksAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = SaveKeyTasksInputSchema.safeParse({
    cycleId: text(formData, "cycleId"),
    agencyId: text(formData, "agencyId"),
    version: text(formData, "version"),
    tasks: text(formData, "tasks"),
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => saveKeyTasks(parsed.data), formData, refresh, "Đã lưu nhiệm vụ trọng tâm.");
}
