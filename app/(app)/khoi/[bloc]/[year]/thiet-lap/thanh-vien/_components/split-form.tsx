"use client";

import { useActionState } from "react";
import { errorsOf, valueOf, valuesOf } from "@/components/setup/form-value";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordAgencyChangeAction } from "../actions";
import { ChangeFields, choiceLabel, NewAgencyFields, type Choice } from "./agency-fields";

/** Chia tách: one member becomes two or more agencies, existing ones and/or up to three new ones. */
export function SplitForm({ blocId, year, members, choices }: { blocId: string; year: number; members: { id: string; name: string }[]; choices: Choice[] }) {
  const [state, action] = useActionState(recordAgencyChangeAction, null);
  const scope = "split";
  return (
    <form action={action} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="SPLIT" />
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ScopedField scope={scope} name="predecessorId" label="Cơ quan bị chia tách" errors={errorsOf(state, "predecessorId") ?? errorsOf(state, "predecessorIds")}>
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "predecessorId")} className={inputClass}>
            <option value="">— Chọn cơ quan —</option>
            {members.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        )}
      </ScopedField>
      <ScopedField scope={scope} name="successorIds" label="Cơ quan có sẵn tiếp nhận (nếu có)" errors={errorsOf(state, "successors")}
        hint="Giữ phím Ctrl (hoặc Cmd) để chọn nhiều cơ quan. Có thể kết hợp với cơ quan mới bên dưới; tổng cộng ít nhất hai.">
        {(p) => (
          <select {...p} multiple size={6} defaultValue={[...valuesOf(state, "successorIds")]} className={inputClass}>
            {choices.map((c) => <option key={c.id} value={c.id}>{choiceLabel(c)}</option>)}
          </select>
        )}
      </ScopedField>
      {[0, 1, 2].map((i) => (
        <fieldset key={i} className="rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">Cơ quan mới thứ {i + 1}</legend>
          <NewAgencyFields scope={scope} state={state} suffix={String(i)} nameLabel="Tên cơ quan" />
        </fieldset>
      ))}
      <ChangeFields scope={scope} state={state} year={year} />
      <FormMessage state={state} />
      <div><SubmitButton>Ghi nhận chia tách</SubmitButton></div>
    </form>
  );
}
