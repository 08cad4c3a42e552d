"use client";

import { useActionState } from "react";
import { ChangeFields, SplitSuccessorFields, type AgencyChoice } from "@/components/agency-change/change-fields";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAgencyChangeAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

/** Chia tách: one member becomes two or more agencies, existing ones and/or up to three new ones. */
export function SplitForm({
  blocId,
  year,
  members,
  choices,
}: {
  blocId: string;
  year: number;
  members: { id: string; name: string }[];
  choices: AgencyChoice[];
}) {
  const [state, action] = useActionState(recordAgencyChangeAction, null);
  const scope = "split";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="SPLIT" />
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ScopedField
        scope={scope}
        name="predecessorId"
        label="Cơ quan bị chia tách"
        errors={errorsOf(state, "predecessorId") ?? errorsOf(state, "predecessorIds")}
      >
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "predecessorId")} className={inputClass}>
            <option value="">— Chọn cơ quan —</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </ScopedField>
      <SplitSuccessorFields scope={scope} state={state} choices={choices} size={6} />
      <ChangeFields scope={scope} state={state} year={year} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Ghi nhận chia tách</SubmitButton>
      </div>
    </form>
  );
}
