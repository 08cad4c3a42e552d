"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CreateBlocInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction } from "@/lib/server/run-action";
import { createBloc } from "@/lib/server/setup/create-bloc";

/** The new bloc's first step: its members for the current year. */
export async function createBlocAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateBlocInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => createBloc(parsed.data), {
    echo: formData,
    redirect: (created) => `/khoi/${encodeURIComponent(created.code)}/${created.year}/thiet-lap/thanh-vien`,
  });
}
