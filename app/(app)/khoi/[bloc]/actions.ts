"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CreateCycleInputSchema } from "@/lib/schemas/calendar";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { invalid, runAction } from "@/lib/server/run-action";

/** Opens any year of the bloc (history or the next one ahead), then goes to its calendar. */
export async function createYearAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateCycleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => createCycle(parsed.data), {
    refresh: "success-or-conflict",
    echo: formData,
    success: "Đã lập năm thi đua.",
    redirect: ({ blocCode }) => `/khoi/${blocCode}/${parsed.data.year}/thiet-lap/lich`,
  });
}
