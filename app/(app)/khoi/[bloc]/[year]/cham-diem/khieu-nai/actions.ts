"use server";

import { revalidatePath } from "next/cache";
import { CreateObjectionInputSchema, createObjectionFormFields, DecideObjectionInputSchema, decideObjectionFormFields } from "@/lib/schemas/objections";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { createObjection } from "@/lib/server/objections/create-objection";
import { decideObjection } from "@/lib/server/objections/decide-objection";

function refresh() {
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/khieu-nai", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/ket-qua", "page");
}

export async function createObjectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CreateObjectionInputSchema.safeParse(createObjectionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => createObjection(parsed.data), "Đã gửi khiếu nại.");
  refresh();
  return result;
}

export async function decideObjectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = DecideObjectionInputSchema.safeParse(decideObjectionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => decideObjection(parsed.data), parsed.data.decision === "ACCEPT" ? "Đã chấp nhận khiếu nại." : "Đã không chấp nhận khiếu nại.");
  refresh();
  return result;
}
