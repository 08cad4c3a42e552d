"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { reviewRegistrationAction } from "../actions";
import { ConfirmButton } from "./confirm-button";
import { ReturnDialog } from "./return-dialog";

/** "Tiếp nhận" (confirmed) and "Trả lại" (with a reason) for one submitted registration. */
export function ReviewActions({ registrationId, version, agencyName }: { registrationId: string; version: number; agencyName: string }) {
  const [state, action] = useActionState<ActionState, FormData>(reviewRegistrationAction, null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={action}>
          <input type="hidden" name="registrationId" value={registrationId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="decision" value="accept" />
          <ConfirmButton
            title={`Tiếp nhận bản đăng ký của ${agencyName}?`}
            description="Bản đăng ký được ghi nhận là hợp lệ; cơ quan không sửa được nữa."
            confirmText="Xác nhận tiếp nhận"
          >
            Tiếp nhận
          </ConfirmButton>
        </form>
        <ReturnDialog registrationId={registrationId} version={version} agencyName={agencyName} state={state} action={action} />
      </div>
      {/* A refused return shows its message inside the dialog. */}
      {!(state && !state.ok && state.values?.reason !== undefined) && <FormMessage state={state} />}
    </div>
  );
}
