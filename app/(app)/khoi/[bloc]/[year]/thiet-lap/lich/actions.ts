"use server";

import { revalidatePath } from "next/cache";
import { PHASE_KEYS } from "@/lib/domain/cycle-phase";
import { CreateCycleInputSchema, ReopenPhaseInputSchema, SavePhasesInputSchema } from "@/lib/schemas/calendar";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { keptInvalid, runKept, type KeptFormState } from "@/lib/server/cycles/kept-form-state";
import { reopenPhase } from "@/lib/server/cycles/reopen-phase";
import { savePhases } from "@/lib/server/cycles/save-phases";

// The calendar shows on every page of the year (banner, dashboard): refresh them all.
const refresh = () => revalidatePath("/(app)/khoi/[bloc]/[year]", "layout");
const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function createCycleAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = CreateCycleInputSchema.safeParse({ blocId: text(formData, "blocId"), year: text(formData, "year"), scoringMode: text(formData, "scoringMode") });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => createCycle(parsed.data), formData, refresh, "Đã lập năm thi đua với lịch mặc định. Vui lòng rà soát và điều chỉnh các mốc thời gian.");
}

export async function savePhasesAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const phases = Object.fromEntries(
    PHASE_KEYS.map((k) => [k, { opensOn: text(formData, `phases.${k}.opensOn`), closesOn: text(formData, `phases.${k}.closesOn`) }]),
  );
  const parsed = SavePhasesInputSchema.safeParse({
    cycleId: text(formData, "cycleId"),
    updatedAt: text(formData, "updatedAt"),
    scoringMode: text(formData, "scoringMode"),
    phases,
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => savePhases(parsed.data), formData, refresh, "Đã lưu lịch các giai đoạn.");
}

export async function reopenPhaseAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = ReopenPhaseInputSchema.safeParse({
    phaseId: text(formData, "phaseId"),
    reopenedUntil: text(formData, "reopenedUntil"),
    reason: text(formData, "reason"),
  });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  return runKept(() => reopenPhase(parsed.data), formData, refresh, "Đã mở lại giai đoạn.");
}
