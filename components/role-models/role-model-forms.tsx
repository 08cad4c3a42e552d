"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_MODEL_STAGE_LABELS, type RoleModelStage } from "@/lib/domain/role-models/stages";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Thêm điển hình": the agency (a choice for the secretary and chair), collective or person, the
 * name, the achievement, the day it was found and its evidence. Typed values survive a refusal.
 */
export function RoleModelForm({
  cycleId,
  agencies,
  people,
  action,
}: {
  cycleId: string;
  agencies: { id: string; name: string }[];
  /** The people of the agencies the user drafts for (lib/server/people/find-nominee-choices). */
  people: { id: string; label: string }[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = (name: string, fallback = "") => valueOf(state, name, fallback);
  return (
    <form key={state?.stamp ?? 0} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Thêm điển hình">
      <input type="hidden" name="cycleId" value={cycleId} />
      {agencies.length === 1 ? (
        <input type="hidden" name="agencyId" value={agencies[0]!.id} />
      ) : (
        <Field name="agencyId" label="Cơ quan" errors={errors?.agencyId}>
          {(p) => (
            <select {...p} defaultValue={v("agencyId")} className={inputClass}>
              <option value="">— Chọn cơ quan —</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="target" label="Điển hình là" errors={errors?.target}>
        {(p) => (
          <select {...p} defaultValue={v("target", "COLLECTIVE")} className={inputClass}>
            <option value="COLLECTIVE">Tập thể</option>
            <option value="INDIVIDUAL">Cá nhân</option>
          </select>
        )}
      </Field>
      <Field name="collectiveName" label="Tên tập thể" errors={errors?.collectiveName} hint="Với tập thể: để trống nếu là cả cơ quan.">
        {(p) => <input {...p} defaultValue={v("collectiveName")} className={inputClass} />}
      </Field>
      {people.length > 0 && (
        <Field name="personId" label="Cá nhân trong danh sách của cơ quan" errors={errors?.personId}>
          {(p) => (
            <select {...p} defaultValue={v("personId")} className={inputClass}>
              <option value="">— Người khác (nhập họ tên) —</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="personName" label="Họ và tên" errors={errors?.personName} hint="Với cá nhân, khi không chọn trong danh sách.">
        {(p) => <input {...p} defaultValue={v("personName")} className={inputClass} />}
      </Field>
      <Field name="foundOn" label="Ngày phát hiện" errors={errors?.foundOn}>
        {(p) => <DayInput {...p} required defaultValue={v("foundOn")} />}
      </Field>
      <div className="sm:col-span-2">
        <Field name="achievement" label="Tóm tắt thành tích" errors={errors?.achievement}>
          {(p) => <textarea {...p} required rows={3} defaultValue={v("achievement")} className={inputClass} />}
        </Field>
      </div>
      <Field name="files" label="Minh chứng (không bắt buộc)" errors={errors?.files} hint="PDF, ảnh, Word hoặc Excel; tối đa 5 tệp.">
        {(p) => <input {...p} type="file" multiple className={inputClass} />}
      </Field>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>Thêm điển hình</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** "Chuyển sang khâu …": the next stage's day and evidence, confirmed (a stage reached is not undone). */
export function AdvanceForm({
  roleModelId,
  version,
  name,
  to,
  action,
}: {
  roleModelId: string;
  version: number;
  name: string;
  to: RoleModelStage;
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const label = ROLE_MODEL_STAGE_LABELS[to];
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2" aria-label={`Chuyển ${name} sang khâu ${label}`}>
      <input type="hidden" name="roleModelId" value={roleModelId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <Field name={`on-${roleModelId}`} label={`Ngày ${label.toLowerCase()}`} errors={errors?.on}>
        {(p) => <DayInput {...p} name="on" required defaultValue={valueOf(state, "on", "")} />}
      </Field>
      <Field name={`files-${roleModelId}`} label="Minh chứng" errors={errors?.files}>
        {(p) => <input {...p} name="files" type="file" multiple className={inputClass} />}
      </Field>
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        variant="primary"
        title={`Chuyển ${name} sang khâu “${label}”?`}
        description="Khâu đã đạt không thể quay lại; ngày và minh chứng được ghi vào sổ điển hình."
        confirmText={`Chuyển sang “${label}”`}
      >
        {`Chuyển sang “${label}”`}
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
