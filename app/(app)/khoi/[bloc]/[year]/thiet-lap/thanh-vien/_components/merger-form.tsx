"use client";

import { useActionState } from "react";
import { errorsOf, valueOf, valuesOf } from "@/components/setup/form-value";
import { CheckboxGroup, ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAgencyChangeAction } from "../actions";
import { ChangeFields, choiceLabel, NewAgencyFields, type Choice } from "./agency-fields";

/** Hợp nhất / sáp nhập: two or more members become one agency, new or existing (even one of them). */
export function MergerForm({ blocId, year, members, choices }: { blocId: string; year: number; members: { id: string; name: string }[]; choices: Choice[] }) {
  const [state, action] = useActionState(recordAgencyChangeAction, null);
  const scope = "merger";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="MERGER" />
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <CheckboxGroup
        scope={scope}
        name="predecessorIds"
        legend="Các cơ quan hợp nhất (chọn ít nhất hai)"
        options={members.map((m) => ({ value: m.id, label: m.name }))}
        checked={valuesOf(state, "predecessorIds")}
        errors={errorsOf(state, "predecessorIds")}
      />
      <ScopedField scope={scope} name="successorId" label="Cơ quan sau hợp nhất" errors={errorsOf(state, "successorId") ?? errorsOf(state, "successors")}
        hint="Chọn cơ quan có sẵn (kể cả một trong các cơ quan trên nếu cơ quan đó tiếp nhận các cơ quan còn lại), hoặc để trống và nhập cơ quan mới.">
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "successorId")} className={inputClass}>
            <option value="">— Cơ quan mới (nhập bên dưới) —</option>
            {choices.map((c) => <option key={c.id} value={c.id}>{choiceLabel(c)}</option>)}
          </select>
        )}
      </ScopedField>
      <fieldset className="rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">Cơ quan mới</legend>
        <NewAgencyFields scope={scope} state={state} />
      </fieldset>
      <ChangeFields scope={scope} state={state} year={year} />
      <FormMessage state={state} />
      <div><SubmitButton>Ghi nhận hợp nhất</SubmitButton></div>
    </form>
  );
}
