"use client";

import { useActionState, useState } from "react";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/file-type";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordSignatureAction } from "../actions";
import { DayInput } from "@/components/ui/day-input";

/** One member agency's signature: signer, title, day and an optional scan. */
export function SignatureForm({ pledgeId, agency, defaultDay }: { pledgeId: string; agency: { id: string; name: string }; defaultDay: string }) {
  const [state, action] = useActionState<ActionState, FormData>(recordSignatureAction, null);
  // Said before sending: the server refuses it anyway, but only after the upload.
  const [tooBig, setTooBig] = useState(false);
  const f = (name: string) => ({ scope: `sig-${agency.id}`, name, errors: errorsOf(state, name) });
  const scanErrors = tooBig ? ["Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp."] : errorsOf(state, "scan");
  return (
    <form action={action} noValidate>
      <fieldset className="grid gap-3 rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">{agency.name}</legend>
        <input type="hidden" name="pledgeId" value={pledgeId} />
        <input type="hidden" name="agencyId" value={agency.id} />
        {errorsOf(state, "agencyId")?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
        <div className="grid gap-3 sm:grid-cols-3">
          <ScopedField {...f("signerName")} label="Người ký">
            {(p) => <input {...p} required defaultValue={valueOf(state, "signerName")} maxLength={200} className={inputClass} />}
          </ScopedField>
          <ScopedField {...f("signerTitle")} label="Chức vụ">
            {(p) => <input {...p} required defaultValue={valueOf(state, "signerTitle")} maxLength={200} className={inputClass} />}
          </ScopedField>
          <ScopedField {...f("signedOn")} label="Ngày ký">
            {(p) => <DayInput {...p} required defaultValue={valueOf(state, "signedOn", defaultDay)} />}
          </ScopedField>
        </div>
        <ScopedField {...f("scan")} errors={scanErrors} label="Bản quét (PDF, JPEG, PNG ≤ 10 MB)" hint="Không bắt buộc. Loại tệp được kiểm tra theo nội dung.">
          {(p) => (
            <input
              {...p}
              type="file"
              accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
              onChange={(e) => {
                const isTooBig = (e.target.files?.[0]?.size ?? 0) > MAX_UPLOAD_BYTES;
                setTooBig(isTooBig);
                if (isTooBig) e.target.value = "";
              }}
              className="mt-1 block text-sm"
            />
          )}
        </ScopedField>
        <FormMessage state={state} />
        <div>
          <SubmitButton>Ghi nhận chữ ký</SubmitButton>
        </div>
      </fieldset>
    </form>
  );
}
