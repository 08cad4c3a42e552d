"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The year's first table: title, scale (e.g. 100) and the cap on all bonuses. */
export function CreateTableForm({ action, cycleId, year }: { action: Action; cycleId: string; year: number }) {
  const [state, formAction] = useActionState(action, null);
  const errors = (n: string) => (state && !state.ok ? state.fieldErrors?.[n] : undefined);
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-3">
      <input type="hidden" name="cycleId" value={cycleId} />
      <div className="sm:col-span-3">
        <Field name="title" label="Tên bảng tiêu chí" errors={errors("title")}>
          {(p) => <input {...p} defaultValue={`Bảng tiêu chí chấm điểm thi đua năm ${year}`} required className={inputClass} />}
        </Field>
      </div>
      <Field name="scale" label="Thang điểm" errors={errors("scale")}>
        {(p) => <input {...p} inputMode="decimal" defaultValue="100" required className={inputClass} />}
      </Field>
      <Field name="bonusCap" label="Điểm thưởng tối đa" errors={errors("bonusCap")} hint="Để trống nếu không giới hạn.">
        {(p) => <input {...p} inputMode="decimal" className={inputClass} />}
      </Field>
      <div className="sm:col-span-3 space-y-2">
        <FormMessage state={state} />
        <SubmitButton>Tạo bảng tiêu chí</SubmitButton>
      </div>
    </form>
  );
}

/** A one-button form (copy last year's table, lock the table), confirmed first when irreversible. */
export function OneButtonForm({
  action,
  hidden,
  label,
  confirm,
}: {
  action: Action;
  hidden: Record<string, string>;
  label: string;
  confirm?: { title: string; description: string };
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {confirm ? (
        <ConfirmSubmit state={state} formAction={formAction} title={confirm.title} description={confirm.description} confirmText={label} variant="primary">
          {label}
        </ConfirmSubmit>
      ) : (
        <SubmitButton variant="secondary">{label}</SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}

/** Deleting a node (and its subtree); on a locked table it needs a reason and makes a new version. */
export function DeleteCriterionForm({
  action,
  tableId,
  criterionId,
  code,
  needsReason,
}: {
  action: Action;
  tableId: string;
  criterionId: string;
  code: string;
  needsReason: boolean;
}) {
  const [state, formAction] = useActionState(action, null);
  const reasonError = state && !state.ok ? state.fieldErrors?.changeReason : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="tableId" value={tableId} />
      <input type="hidden" name="criterionId" value={criterionId} />
      {needsReason && (
        <Field name={`del-reason-${criterionId}`} label="Lý do điều chỉnh" errors={reasonError}>
          {(p) => <input {...p} name="changeReason" required minLength={10} className={inputClass} />}
        </Field>
      )}
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={`Xóa tiêu chí ${code}?`}
        description="Tiêu chí này và mọi tiêu chí con của nó sẽ bị xóa khỏi bảng."
        confirmText="Xóa"
      >
        {`Xóa tiêu chí ${code}`}
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
