"use client";

import { useActionState } from "react";
import { ChangeFields, MergerSuccessorSelect, NewAgencyFieldset, type AgencyChoice } from "@/components/agency-change/change-fields";
import { CheckboxGroup } from "@/components/ui/scoped-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAgencyChangeAction } from "../actions";
import { errorsOf, valuesOf } from "@/lib/forms/action-state";

/** Hợp nhất / sáp nhập: two or more members become one agency, new or existing (even one of them). */
export function MergerForm({
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
      <MergerSuccessorSelect
        scope={scope}
        state={state}
        hint="Chọn cơ quan có sẵn (kể cả một trong các cơ quan trên nếu cơ quan đó tiếp nhận các cơ quan còn lại), hoặc để trống và nhập cơ quan mới."
        choices={choices}
      />
      <NewAgencyFieldset scope={scope} state={state} />
      <ChangeFields scope={scope} state={state} year={year} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Ghi nhận hợp nhất</SubmitButton>
      </div>
    </form>
  );
}
