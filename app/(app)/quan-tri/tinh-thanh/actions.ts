"use server";

import { revalidatePath } from "next/cache";
import { AddProvinceInputSchema, MergeProvincesInputSchema, RenameProvinceInputSchema } from "@/lib/schemas/provinces";
import { isAppError } from "@/lib/server/errors";
import { invalid, runAction } from "@/lib/server/form-state";
import { addProvince } from "@/lib/server/provinces/add-province";
import { mergeProvinces } from "@/lib/server/provinces/merge-provinces";
import { renameProvince } from "@/lib/server/provinces/rename-province";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";

// Province names show on every bloc page, so the whole signed-in area is refreshed.
const refresh = () => revalidatePath("/", "layout");

export async function addProvinceAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = AddProvinceInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => addProvince(parsed.data), `Đã thêm ${parsed.data.name}.`);
  if (state?.ok) refresh();
  return keepValues(state, formData);
}

export async function renameProvinceAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = RenameProvinceInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  try {
    await renameProvince(parsed.data);
  } catch (e) {
    if (!isAppError(e)) throw e;
    // A stale rename shows the current names (the typed values are dropped).
    if (e.code === "CONFLICT") {
      refresh();
      return { ok: false, message: e.message };
    }
    return keepValues({ ok: false, message: e.message, fieldErrors: e.fieldErrors }, formData);
  }
  refresh();
  return { ok: true, message: `Đã đổi tên thành ${parsed.data.name}.` };
}

export async function mergeProvincesAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = MergeProvincesInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => mergeProvinces(parsed.data), "Đã ghi nhận hợp nhất. Cán bộ Hội đồng của tỉnh, thành phố tiếp nhận quản lý các tỉnh đã hợp nhất.");
  if (state?.ok) refresh();
  return keepValues(state, formData);
}
