"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction } from "./form-action";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/** Renames a province from a day; the current name is sent back so a name changed meanwhile is not overwritten. */
export function RenameProvinceForm({ action, province }: { action: FormAction; province: { id: string; name: string } }) {
  const [state, formAction] = useActionState(action, null);
  const scope = `rename-${province.id}`;
  return (
    <form action={formAction} className="mt-2 grid gap-2" noValidate>
      <input type="hidden" name="provinceId" value={province.id} />
      <input type="hidden" name="currentName" value={province.name} />
      <ScopedField scope={scope} name="name" label="Tên mới" errors={errorsOf(state, "name")}>
        {(p) => <input {...p} required defaultValue={valueOf(state, "name")} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name="effectiveOn" label="Ngày hiệu lực" errors={errorsOf(state, "effectiveOn")} hint="Các năm trước ngày này giữ tên cũ.">
        {(p) => <DayInput {...p} required defaultValue={valueOf(state, "effectiveOn")} />}
      </ScopedField>
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="secondary">Đổi tên</SubmitButton>
      </div>
    </form>
  );
}
