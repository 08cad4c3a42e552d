"use server";

import { redirect } from "next/navigation";
import { CreateCycleInputSchema } from "@/lib/schemas/calendar";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { keptInvalid, runKept, type KeptFormState } from "@/lib/server/cycles/kept-form-state";

const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};

/** Opens any year of the bloc (history or the next one ahead), then goes to its calendar. */
export async function createYearAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = CreateCycleInputSchema.safeParse({ blocId: text(formData, "blocId"), year: text(formData, "year"), scoringMode: text(formData, "scoringMode") });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  let blocCode: string | undefined;
  const state = await runKept(
    async () => {
      blocCode = (await createCycle(parsed.data)).blocCode;
    },
    formData,
    () => undefined,
    "Đã lập năm thi đua.",
  );
  if (!state?.ok || !blocCode) return state;
  redirect(`/khoi/${blocCode}/${parsed.data.year}/thiet-lap/lich`);
}
