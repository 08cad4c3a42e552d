"use client";

import { useActionState } from "react";
import { errorsOf, valueOf } from "@/components/setup/form-value";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { addMemberAction } from "../actions";
import { choiceLabel, NewAgencyFields, type Choice } from "./agency-fields";

/** Adds an existing agency, or a new one, to the year's members, optionally for part of the year. */
export function AddMemberForm({ blocId, year, choices }: { blocId: string; year: number; choices: Choice[] }) {
  const [state, action] = useActionState(addMemberAction, null);
  const scope = "add";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ScopedField scope={scope} name="agencyId" label="Cơ quan có sẵn" errors={errorsOf(state, "agencyId")} hint="Hoặc để trống và nhập cơ quan mới bên dưới.">
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "agencyId")} className={inputClass}>
            <option value="">— Cơ quan mới (nhập bên dưới) —</option>
            {choices.map((c) => <option key={c.id} value={c.id}>{choiceLabel(c)}</option>)}
          </select>
        )}
      </ScopedField>
      <fieldset className="rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">Cơ quan mới</legend>
        <NewAgencyFields scope={scope} state={state} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <ScopedField scope={scope} name="joinedOn" label="Ngày tham gia" errors={errorsOf(state, "joinedOn")} hint="Để trống nếu từ đầu năm.">
          {(p) => <input {...p} type="date" min={`${year}-01-01`} max={`${year}-12-31`} defaultValue={valueOf(state, "joinedOn")} className={inputClass} />}
        </ScopedField>
        <ScopedField scope={scope} name="leftOn" label="Ngày rời khối (ngày cuối cùng)" errors={errorsOf(state, "leftOn")} hint="Để trống nếu đến cuối năm.">
          {(p) => <input {...p} type="date" min={`${year}-01-01`} max={`${year}-12-31`} defaultValue={valueOf(state, "leftOn")} className={inputClass} />}
        </ScopedField>
        <ScopedField scope={scope} name="note" label="Ghi chú" errors={errorsOf(state, "note")}>
          {(p) => <input {...p} defaultValue={valueOf(state, "note")} className={inputClass} />}
        </ScopedField>
      </div>
      <FormMessage state={state} />
      <div><SubmitButton>Thêm vào danh sách</SubmitButton></div>
    </form>
  );
}
