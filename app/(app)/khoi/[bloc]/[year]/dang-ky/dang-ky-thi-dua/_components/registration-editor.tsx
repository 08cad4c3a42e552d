"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/forms/action-state";
import { registrationFormValues, type RegistrationFormValues } from "@/lib/schemas/registration";
import { saveRegistrationAction } from "../actions";
import { ConfirmButton, IntentButton } from "./confirm-button";
import { RegistrationFields, type CatalogueOption } from "./registration-fields";

/**
 * The agency's own registration. The action state lives here, above both the
 * fields and the read-only view, so its message (saved, sent, or "changed by
 * someone else — current data below") survives the page being re-read.
 */
export function RegistrationEditor({
  cycleId,
  agencyId,
  year,
  version,
  current,
  catalogue,
  isEditable,
  canSubmit,
  readOnly,
}: {
  cycleId: string;
  agencyId: string;
  year: number;
  /** 0 when the agency has no registration yet. */
  version: number;
  current: RegistrationFormValues;
  catalogue: CatalogueOption[];
  /** The state allows editing and the registration phase is open. */
  isEditable: boolean;
  canSubmit: boolean;
  readOnly: React.ReactNode;
}) {
  const [state, action] = useActionState<ActionState, FormData>(saveRegistrationAction, null);
  const values = state && !state.ok && state.values ? registrationFormValues(state.values) : current;
  const errorsOf = (key: string) => (state && !state.ok ? state.fieldErrors?.[key] : undefined);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {isEditable ? (
        <form action={action} noValidate className="space-y-5">
          <input type="hidden" name="cycleId" value={cycleId} />
          <input type="hidden" name="agencyId" value={agencyId} />
          <input type="hidden" name="version" value={version} />
          <RegistrationFields key={`${version}:${state?.stamp ?? 0}`} year={year} catalogue={catalogue} values={values} errorsOf={errorsOf} />
          <div className="flex flex-wrap items-center gap-3">
            <IntentButton name="intent" value="save">
              Lưu nháp
            </IntentButton>
            {canSubmit ? (
              <ConfirmButton
                name="intent"
                value="submit"
                title="Gửi bản đăng ký thi đua?"
                description="Nội dung trên biểu mẫu được lưu và gửi đến Thư ký khối. Sau khi gửi, cơ quan chỉ sửa được khi bản đăng ký bị trả lại."
                confirmText="Xác nhận gửi"
              >
                Gửi đăng ký
              </ConfirmButton>
            ) : (
              <p className="text-sm text-stone-500">Thủ trưởng cơ quan gửi bản đăng ký sau khi cán bộ thi đua soạn xong.</p>
            )}
          </div>
        </form>
      ) : (
        readOnly
      )}
    </div>
  );
}
