"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AddMemberInputSchema, AgencyChangeInputSchema, CopyMembersInputSchema, RemoveMemberInputSchema, UpdateMemberInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction } from "@/lib/server/form-state";
import { addMember } from "@/lib/server/setup/add-member";
import { copyMembers, type CopyResult } from "@/lib/server/setup/copy-members";
import { formInput, keepValues, type SetupFormState } from "@/lib/server/setup/form-values";
import { recordAgencyChange } from "@/lib/server/setup/record-agency-change";
import { removeMember } from "@/lib/server/setup/remove-member";
import { updateMember } from "@/lib/server/setup/update-member";

const refresh = () => revalidatePath("/khoi/[bloc]/[year]", "layout");

export async function addMemberAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = AddMemberInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => addMember(parsed.data), "Đã thêm cơ quan vào danh sách thành viên.");
  if (state?.ok) refresh();
  return keepValues(state, formData);
}

export async function updateMemberAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = UpdateMemberInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => updateMember(parsed.data), "Đã lưu thời gian tham gia.");
  if (state?.ok) refresh();
  return keepValues(state, formData);
}

export async function removeMemberAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = RemoveMemberInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  const state = await runAction(() => removeMember(parsed.data.membershipId), "Đã bỏ cơ quan khỏi danh sách.");
  if (state?.ok) refresh();
  return state;
}

function copyMessage(r: CopyResult, from: number): string {
  const skipped = [
    r.alreadyPresent && `${r.alreadyPresent} cơ quan đã có trong danh sách`,
    r.leftBeforeEnd && `${r.leftBeforeEnd} cơ quan đã rời khối trước 31/12/${from}`,
    r.dissolved && `${r.dissolved} cơ quan đã giải thể, sáp nhập hoặc đổi tên`,
  ].filter(Boolean);
  return `Đã sao chép ${r.copied} cơ quan từ năm ${from}.${skipped.length ? ` Bỏ qua: ${skipped.join("; ")}.` : ""}`;
}

/** Copies year−1 into `year`; from the year before's page it then opens the new year's list. */
export async function copyMembersAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = CopyMembersInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalid(parsed.error);
  let result: CopyResult | undefined;
  const state = await runAction(async () => {
    result = await copyMembers(parsed.data);
  });
  if (!state?.ok || !result) return state;
  refresh();
  const blocCode = formData.get("blocCode");
  if (formData.get("open") === "1" && typeof blocCode === "string") {
    redirect(`/khoi/${encodeURIComponent(blocCode)}/${parsed.data.year}/thiet-lap/thanh-vien`);
  }
  return { ok: true, message: copyMessage(result, parsed.data.year - 1) };
}

export async function recordAgencyChangeAction(_prev: SetupFormState, formData: FormData): Promise<SetupFormState> {
  const parsed = AgencyChangeInputSchema.safeParse(formInput(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const state = await runAction(() => recordAgencyChange(parsed.data), "Đã ghi nhận thay đổi và cập nhật danh sách thành viên.");
  if (state?.ok) refresh();
  return keepValues(state, formData);
}
