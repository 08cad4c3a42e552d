"use client";

import { useActionState } from "react";
import { ChangeFields, NewAgencyFields } from "@/components/agency-change/change-fields";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAgencyChangeAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

/** Đổi tên: the agency continues under a new name (recorded as a successor, so history keeps the old name). */
export function RenameForm({ blocId, year, members }: { blocId: string; year: number; members: { id: string; name: string }[] }) {
  const [state, action] = useActionState(recordAgencyChangeAction, null);
  const scope = "rename";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="RENAME" />
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ScopedField scope={scope} name="predecessorId" label="Cơ quan đổi tên" errors={errorsOf(state, "predecessorId") ?? errorsOf(state, "predecessorIds")}>
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
      <NewAgencyFields scope={scope} state={state} withType={false} nameLabel="Tên mới" />
      {errorsOf(state, "successors")?.map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
      <ChangeFields scope={scope} state={state} year={year} />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Ghi nhận đổi tên</SubmitButton>
      </div>
    </form>
  );
}
