"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveKeyTasksAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

interface Props {
  cycleId: string;
  agencyId: string;
  agencyName: string;
  tasks: string[];
  version: string;
  max: number;
}

/** One agency's key tasks, one per line, numbered in the order written. */
export function KeyTasksForm({ cycleId, agencyId, agencyName, tasks, version, max }: Props) {
  const [state, action] = useActionState(saveKeyTasksAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="agencyId" value={agencyId} />
      <input type="hidden" name="version" value={version} />
      <Field
        name={`tasks-${agencyId}`}
        label={`Nhiệm vụ trọng tâm của ${agencyName}`}
        hint={`Mỗi nhiệm vụ một dòng, theo thứ tự đánh số; tối đa ${max} nhiệm vụ. Để trống để xóa hết.`}
        errors={errorsOf(state, "tasks")}
      >
        {(p) => (
          <textarea {...p} name="tasks" rows={Math.max(4, tasks.length + 1)} defaultValue={valueOf(state, "tasks", tasks.join("\n"))} className={inputClass} />
        )}
      </Field>
      <FormMessage state={state} />
      <SubmitButton>Lưu nhiệm vụ</SubmitButton>
    </form>
  );
}
