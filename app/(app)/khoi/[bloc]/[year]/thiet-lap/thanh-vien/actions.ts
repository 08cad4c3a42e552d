"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { AddMemberInputSchema, AgencyChangeInputSchema, CopyMembersInputSchema, RemoveMemberInputSchema, UpdateMemberInputSchema } from "@/lib/schemas/setup";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { addMember } from "@/lib/server/setup/add-member";
import { copyMembers, type CopyResult } from "@/lib/server/setup/copy-members";
import { recordAgencyChange } from "@/lib/server/setup/record-agency-change";
import { removeMember } from "@/lib/server/setup/remove-member";
import { updateMember } from "@/lib/server/setup/update-member";
import { stepOf } from "@/lib/forms/step";

const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/layout"], refresh: "success" };

export async function addMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AddMemberInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => addMember(parsed.data), { ...reread, echo: formData, success: "Đã thêm cơ quan vào danh sách thành viên." });
}

export async function updateMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = UpdateMemberInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => updateMember(parsed.data), { ...reread, echo: formData, success: "Đã lưu thời gian tham gia." });
}

export async function removeMemberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RemoveMemberInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => removeMember(parsed.data.membershipId, step), { step: stepOf(formData), ...reread, success: "Đã bỏ cơ quan khỏi danh sách." });
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
export async function copyMembersAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const parsed = CopyMembersInputSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error);
  const { blocCode } = fields;
  const open = fields.open === "1" && typeof blocCode === "string";
  return runAction(() => copyMembers(parsed.data), {
    ...reread,
    success: (result) => copyMessage(result, parsed.data.year - 1),
    redirect: () => (open ? `/khoi/${encodeURIComponent(blocCode)}/${parsed.data.year}/thiet-lap/thanh-vien` : undefined),
  });
}

export async function recordAgencyChangeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = AgencyChangeInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => recordAgencyChange(parsed.data), { ...reread, echo: formData, success: "Đã ghi nhận thay đổi và cập nhật danh sách thành viên." });
}
