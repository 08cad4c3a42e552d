"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { openPledgeForSigningAction, returnPledgeToDraftAction } from "../actions";

/** DRAFT → SIGNING, confirmed first: the text cannot change afterwards. */
export function OpenSigningForm({ pledgeId, rowVersion }: { pledgeId: string; rowVersion: number }) {
  const [state, action] = useActionState<ActionState, FormData>(openPledgeForSigningAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={action}
          variant="primary"
          title="Mở ký kết giao ước?"
          description="Sau khi mở ký kết, nội dung giao ước không sửa được nữa. Chỉ chuyển về dự thảo được khi chưa có cơ quan nào ký; khi mọi thành viên đã ký, giao ước tự khóa."
          confirmText="Xác nhận mở ký kết"
        >
          Mở ký kết
        </ConfirmSubmit>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** SIGNING → DRAFT while nobody has signed yet. */
export function BackToDraftForm({ pledgeId, rowVersion }: { pledgeId: string; rowVersion: number }) {
  const [state, action] = useActionState<ActionState, FormData>(returnPledgeToDraftAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={action}
          variant="primary"
          title="Chuyển giao ước về dự thảo?"
          description="Giao ước sẽ thôi mở ký kết để sửa nội dung; sau khi sửa, cần mở ký kết lại."
          confirmText="Xác nhận chuyển về dự thảo"
        >
          Chuyển về dự thảo
        </ConfirmSubmit>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
