"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "./form-action";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

/** A new province or centrally-run city: its code (fixed) and name. */
export function AddProvinceForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, null);
  const scope = "add-province";
  return (
    <form action={formAction} className="grid max-w-2xl gap-4 sm:grid-cols-3" noValidate>
      <ScopedField scope={scope} name="code" label="Mã" errors={errorsOf(state, "code")} hint="Chữ cái không dấu và chữ số, ví dụ QNG.">
        {(p) => <input {...p} required defaultValue={valueOf(state, "code")} className={inputClass} autoComplete="off" />}
      </ScopedField>
      <div className="sm:col-span-2">
        <ScopedField scope={scope} name="name" label="Tên tỉnh, thành phố" errors={errorsOf(state, "name")}>
          {(p) => <input {...p} required defaultValue={valueOf(state, "name")} className={inputClass} />}
        </ScopedField>
      </div>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <div>
        <SubmitButton>Thêm</SubmitButton>
      </div>
    </form>
  );
}
