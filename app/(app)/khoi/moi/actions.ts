"use server";

import { redirect } from "next/navigation";
import { CreateBlocInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction } from "@/lib/server/form-state";
import { createBloc } from "@/lib/server/setup/create-bloc";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";

export async function createBlocAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = CreateBlocInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  let created: { code: string; year: number } | undefined;
  const state = await runAction(async () => {
    created = await createBloc(parsed.data);
  });
  // The new bloc's first step: its members for the current year.
  if (state?.ok && created) redirect(`/khoi/${encodeURIComponent(created.code)}/${created.year}/thiet-lap/thanh-vien`);
  return keepValues(state, formData);
}
