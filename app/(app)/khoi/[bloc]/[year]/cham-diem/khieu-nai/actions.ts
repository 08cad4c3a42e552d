"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { CreateObjectionInputSchema, createObjectionFormFields, DecideObjectionInputSchema } from "@/lib/schemas/objections";
import { createObjection } from "@/lib/server/objections/create-objection";
import { decideObjection } from "@/lib/server/objections/decide-objection";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/khieu-nai/page", "/(app)/khoi/[bloc]/[year]/cham-diem/ket-qua/page"];

export async function createObjectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateObjectionInputSchema.safeParse(createObjectionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => createObjection(parsed.data), { revalidate, success: "Đã gửi khiếu nại." });
}

export async function decideObjectionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = DecideObjectionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const success = parsed.data.decision === "ACCEPT" ? "Đã chấp nhận khiếu nại." : "Đã không chấp nhận khiếu nại.";
  return runAction((step) => decideObjection(parsed.data, step), { step: stepOf(formData), revalidate, success });
}
