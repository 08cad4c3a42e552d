"use client";

import { useActionState, useId } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The chair's order of one form's proposed and sent nominations: "Thứ tự ưu tiên — <tên>", "Lưu thứ tự". */
export function PriorityForm({
  awardFormId,
  formName,
  items,
  action,
}: {
  awardFormId: string;
  formName: string;
  items: { id: string; nominee: string; priority: number }[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const id = useId();
  return (
    <form action={formAction} className="mt-3 space-y-2 rounded border border-stone-200 p-3" aria-label={`Thứ tự ưu tiên — ${formName}`}>
      <input type="hidden" name="awardFormId" value={awardFormId} />
      <p className="text-sm font-medium">Thứ tự ưu tiên (1 là cao nhất, 0 là chưa xếp)</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {items.map((item, i) => (
          <div key={item.id}>
            <input type="hidden" name="nominationId" value={item.id} />
            <label htmlFor={`${id}-${i}`} className="block text-sm">
              Thứ tự ưu tiên — {item.nominee}
            </label>
            <input id={`${id}-${i}`} name="priority" type="number" min={0} max={9999} defaultValue={item.priority} className={inputClass} />
          </div>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <SubmitButton variant="secondary">Lưu thứ tự</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
