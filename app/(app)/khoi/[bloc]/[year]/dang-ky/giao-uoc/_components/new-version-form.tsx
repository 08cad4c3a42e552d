"use client";

import { useActionState } from "react";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { ScopedField } from "@/components/ui/scoped-field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createPledgeVersionAction } from "../actions";

/** A locked pledge is corrected by a new version, with the reason written down. */
export function NewVersionForm({ pledgeId, version }: { pledgeId: string; version: number }) {
  const [state, action] = useActionState<ActionState, FormData>(createPledgeVersionAction, null);
  return (
    <form action={action} noValidate className="grid gap-3">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <ScopedField
        scope="new-version"
        name="reason"
        label="Lý do điều chỉnh"
        errors={errorsOf(state, "reason")}
        hint="Ví dụ: bổ sung cam kết sau khi hợp nhất hai cơ quan."
      >
        {(p) => <textarea {...p} required rows={3} defaultValue={valueOf(state, "reason")} maxLength={1000} className={inputClass} />}
      </ScopedField>
      <FormMessage state={state} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={action}
          variant="primary"
          title={`Tạo phiên bản ${version + 1}?`}
          description={`Phiên bản ${version} sẽ chuyển sang “Đã thay thế” (vẫn xem được). Phiên bản mới là dự thảo chép nội dung cũ, chưa có chữ ký, cần mở ký kết và ký lại.`}
          confirmText="Xác nhận tạo phiên bản mới"
        >
          Tạo phiên bản mới
        </ConfirmSubmit>
      </div>
    </form>
  );
}
