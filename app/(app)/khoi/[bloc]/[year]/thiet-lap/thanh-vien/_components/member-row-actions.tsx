"use client";

import { useActionState } from "react";
import { ScopedField } from "@/components/ui/scoped-field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MembershipRow } from "@/lib/server/setup/find-memberships";
import { removeMemberAction, updateMemberAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/** Edit the days within the year an agency belonged, or take a mistaken row off the list. */
export function MemberRowActions({ member, year }: { member: MembershipRow; year: number }) {
  const [editState, editAction] = useActionState(updateMemberAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  const scope = `m-${member.membershipId}`;
  return (
    <div className="flex min-w-48 flex-col gap-2">
      <details>
        <summary className="cursor-pointer text-brand-700 underline">Sửa thời gian</summary>
        <form action={editAction} className="mt-2 grid gap-2" noValidate>
          <input type="hidden" name="membershipId" value={member.membershipId} />
          <ScopedField scope={scope} name="joinedOn" label="Ngày tham gia" errors={errorsOf(editState, "joinedOn")} hint="Để trống nếu từ đầu năm.">
            {(p) => <DayInput {...p} defaultValue={valueOf(editState, "joinedOn", member.joinedOn ?? "")} />}
          </ScopedField>
          <ScopedField
            scope={scope}
            name="leftOn"
            label="Ngày rời khối (ngày cuối cùng)"
            errors={errorsOf(editState, "leftOn")}
            hint="Để trống nếu đến cuối năm."
          >
            {(p) => <DayInput {...p} defaultValue={valueOf(editState, "leftOn", member.leftOn ?? "")} />}
          </ScopedField>
          <ScopedField scope={scope} name="note" label="Ghi chú" errors={errorsOf(editState, "note")}>
            {(p) => <input {...p} defaultValue={valueOf(editState, "note", member.note ?? "")} className={inputClass} />}
          </ScopedField>
          <FormMessage state={editState} />
          <div>
            <SubmitButton variant="secondary">Lưu</SubmitButton>
          </div>
        </form>
      </details>
      <form action={removeAction}>
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <ConfirmSubmit
          state={removeState}
          formAction={removeAction}
          title={`Bỏ ${member.name} khỏi danh sách năm ${year}?`}
          description="Chỉ dùng khi cơ quan được thêm nhầm. Cơ quan đã có đăng ký, chữ ký giao ước, bảng điểm hay nhiệm kỳ trong năm thì không bỏ được: hãy ghi ngày rời khối."
          confirmText="Bỏ khỏi danh sách"
        >
          Bỏ khỏi danh sách
        </ConfirmSubmit>
        <FormMessage state={removeState} />
      </form>
    </div>
  );
}
