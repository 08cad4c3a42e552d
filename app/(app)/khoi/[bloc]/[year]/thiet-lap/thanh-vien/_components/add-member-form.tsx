"use client";

import { useActionState } from "react";
import { ExistingOrNewSelect, NewAgencyFieldset, type AgencyChoice } from "@/components/agency-change/change-fields";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { addMemberAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/** Adds an existing agency, or a new one, to the year's members, optionally for part of the year. */
export function AddMemberForm({ blocId, year, choices }: { blocId: string; year: number; choices: AgencyChoice[] }) {
  const [state, action] = useActionState(addMemberAction, null);
  const scope = "add";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ExistingOrNewSelect
        scope={scope}
        state={state}
        name="agencyId"
        label="Cơ quan có sẵn"
        errors={errorsOf(state, "agencyId")}
        hint="Hoặc để trống và nhập cơ quan mới bên dưới."
        choices={choices}
      />
      <NewAgencyFieldset scope={scope} state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <ScopedField scope={scope} name="joinedOn" label="Ngày tham gia" errors={errorsOf(state, "joinedOn")} hint="Để trống nếu từ đầu năm.">
          {(p) => <DayInput {...p} defaultValue={valueOf(state, "joinedOn")} />}
        </ScopedField>
        <ScopedField scope={scope} name="leftOn" label="Ngày rời khối (ngày cuối cùng)" errors={errorsOf(state, "leftOn")} hint="Để trống nếu đến cuối năm.">
          {(p) => <DayInput {...p} defaultValue={valueOf(state, "leftOn")} />}
        </ScopedField>
        <ScopedField scope={scope} name="note" label="Ghi chú" errors={errorsOf(state, "note")}>
          {(p) => <input {...p} defaultValue={valueOf(state, "note")} className={inputClass} />}
        </ScopedField>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton>Thêm vào danh sách</SubmitButton>
      </div>
    </form>
  );
}
