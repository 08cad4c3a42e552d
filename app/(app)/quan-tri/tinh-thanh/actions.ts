"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AddProvinceInputSchema, MergeProvincesInputSchema, RenameProvinceInputSchema } from "@/lib/schemas/provinces";
import { addProvince } from "@/lib/server/provinces/add-province";
import { mergeProvinces } from "@/lib/server/provinces/merge-provinces";
import { renameProvince } from "@/lib/server/provinces/rename-province";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// Province names show on every bloc page, so the whole signed-in area is refreshed.
const revalidate = ["/layout"];

export async function addProvinceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AddProvinceInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => addProvince(parsed.data), { revalidate, refresh: "success", echo: formData, success: `Đã thêm ${parsed.data.name}.` });
}

/** A stale rename shows the current names (the typed values are dropped). */
export async function renameProvinceAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RenameProvinceInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  const success = `Đã đổi tên thành ${parsed.data.name}.`;
  return runAction(() => renameProvince(parsed.data), { revalidate, refresh: "success-or-conflict", echo: formData, success });
}

export async function mergeProvincesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = MergeProvincesInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  const success = "Đã ghi nhận hợp nhất. Cán bộ Hội đồng của tỉnh, thành phố tiếp nhận quản lý các tỉnh đã hợp nhất.";
  return runAction((step) => mergeProvinces(parsed.data, step), { step: stepOf(formData), revalidate, refresh: "success", echo: formData, success });
}
