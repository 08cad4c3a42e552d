"use server";

import { revalidatePath } from "next/cache";
import type { AwardActionState } from "@/components/awards/action-state";
import { AwardFormInputSchema, CopyAwardFormsInputSchema, DeleteAwardFormInputSchema } from "@/lib/schemas/awards";
import { copyAwardFormsFromLastYear } from "@/lib/server/awards/copy-award-forms-from-last-year";
import { deleteAwardForm } from "@/lib/server/awards/delete-award-form";
import { saveAwardForm } from "@/lib/server/awards/save-award-form";
import { expectedFailure } from "@/lib/server/errors";
import { invalid } from "@/lib/server/form-state";

const refresh = () => revalidatePath("/khoi/[bloc]/[year]/khen-thuong", "layout");
const text = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

async function run(prev: AwardActionState, fn: () => Promise<unknown>, success: string, values?: Record<string, string>): Promise<AwardActionState> {
  const stamp = (prev?.stamp ?? 0) + 1;
  try {
    await fn();
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values, stamp };
  }
  refresh();
  return { ok: true, message: success, stamp };
}

/** "Thêm hình thức" / "Lưu hình thức". */
export async function saveAwardFormAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const values = text(formData);
  const parsed = AwardFormInputSchema.safeParse(values);
  if (!parsed.success) {
    const state = invalid(parsed.error);
    return state && !state.ok ? { ...state, values, stamp: (prev?.stamp ?? 0) + 1 } : null;
  }
  return run(prev, () => saveAwardForm(parsed.data), parsed.data.awardFormId ? "Đã lưu hình thức khen thưởng." : "Đã thêm hình thức khen thưởng.", values);
}

export async function deleteAwardFormAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const parsed = DeleteAwardFormInputSchema.safeParse(text(formData));
  if (!parsed.success) return invalid(parsed.error) as AwardActionState;
  return run(prev, () => deleteAwardForm(parsed.data), "Đã xóa hình thức khen thưởng.");
}

export async function copyAwardFormsAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const parsed = CopyAwardFormsInputSchema.safeParse(text(formData));
  if (!parsed.success) return invalid(parsed.error) as AwardActionState;
  return run(prev, () => copyAwardFormsFromLastYear(parsed.data), "Đã sao chép danh mục năm trước.");
}
