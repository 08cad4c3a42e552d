"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** "Xóa" on one row of the catalogue, confirmed in a dialog. */
export function DeleteAwardFormButton({ awardFormId, name, action }: { awardFormId: string; name: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      <input type="hidden" name="awardFormId" value={awardFormId} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={`Xóa “${name}”?`}
        description="Hình thức bị xóa khỏi danh mục năm nay. Chỉ xóa được khi chưa có đề nghị hay đăng ký nào dùng nó."
        confirmText="Xóa"
      >
        Xóa
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}

/** "Sao chép danh mục năm trước" while this year's catalogue is empty. */
export function CopyAwardFormsButton({ cycleId, fromYear, action }: { cycleId: string; fromYear: number; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="cycleId" value={cycleId} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        variant="primary"
        title={`Sao chép danh mục năm ${fromYear}?`}
        description="Mọi hình thức khen thưởng năm trước (điều kiện, chỉ tiêu) được chép sang năm nay; sau đó có thể sửa từng hình thức."
        confirmText="Sao chép"
      >
        Sao chép danh mục năm trước
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
