"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Gộp hồ sơ trùng": the person kept and the one merged into it, confirmed after the server's
 * check (same year and title in both, birth years, periods: docs/decisions/0041).
 */
export function MergePeopleForm({ blocId, year, people, action }: { blocId: string; year: number; people: { id: string; label: string }[]; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const choice = (name: "keepId" | "mergeId", label: string) => (
    <Field name={name} label={label} errors={errors?.[name]}>
      {(p) => (
        <select {...p} required defaultValue={valueOf(state, name, "")} className={inputClass}>
          <option value="">— Chọn cá nhân —</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form key={state?.stamp ?? 0} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Gộp hồ sơ cá nhân trùng">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      {choice("keepId", "Hồ sơ được giữ")}
      {choice("mergeId", "Hồ sơ gộp vào (sẽ bị xóa)")}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Gộp hai hồ sơ cá nhân?"
          description="Danh hiệu, nơi công tác, đề nghị, quyết định và điển hình của hồ sơ gộp vào được chuyển sang hồ sơ được giữ; hồ sơ gộp vào bị xóa. Không thể hoàn tác."
          confirmText="Gộp hồ sơ"
        >
          Gộp hồ sơ
        </ConfirmSubmit>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
