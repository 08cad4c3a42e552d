"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLE_MODEL_STAGE_LABELS, ROLE_MODEL_STAGES, STAGE_DAY_FIELD, type RoleModelStage } from "@/lib/domain/role-models/stages";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export interface EditableRoleModel {
  id: string;
  version: number;
  name: string;
  agencyId: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  collectiveName: string | null;
  personId: string | null;
  personName: string | null;
  achievement: string;
  stage: RoleModelStage;
  /** yyyy-MM-dd, or null for a stage not reached. */
  days: Record<"foundOn" | "fosteredOn" | "reviewedOn" | "replicatedOn", string | null>;
}

/**
 * "Sửa điển hình": what was entered at creation and the days of the stages already reached (the
 * stage itself moves only by "chuyển khâu"). Field ids carry the entry's id: the register shows
 * one form per entry. Typed values survive a refusal; a save remounts it with the saved data.
 */
export function EditRoleModelForm({
  entry,
  agencies,
  people,
  action,
}: {
  entry: EditableRoleModel;
  agencies: { id: string; name: string }[];
  people: { id: string; label: string }[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = (name: string, fallback: string | null) => valueOf(state, name, fallback ?? "");
  const key = (name: string) => `${name}-${entry.id}`;
  const reached = ROLE_MODEL_STAGES.slice(0, ROLE_MODEL_STAGES.indexOf(entry.stage) + 1);
  return (
    <form key={state?.stamp ?? 0} action={formAction} noValidate className="grid gap-2" aria-label={`Sửa ${entry.name}`}>
      <input type="hidden" name="roleModelId" value={entry.id} />
      <input type="hidden" name="version" value={entry.version} />
      {agencies.length === 1 ? (
        <input type="hidden" name="agencyId" value={entry.agencyId} />
      ) : (
        <Field name={key("agencyId")} label="Cơ quan" errors={errors?.agencyId}>
          {(p) => (
            <select {...p} name="agencyId" defaultValue={v("agencyId", entry.agencyId)} className={inputClass}>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name={key("target")} label="Điển hình là" errors={errors?.target}>
        {(p) => (
          <select {...p} name="target" defaultValue={v("target", entry.target)} className={inputClass}>
            <option value="COLLECTIVE">Tập thể</option>
            <option value="INDIVIDUAL">Cá nhân</option>
          </select>
        )}
      </Field>
      <Field name={key("collectiveName")} label="Tên tập thể" errors={errors?.collectiveName} hint="Với tập thể: để trống nếu là cả cơ quan.">
        {(p) => <input {...p} name="collectiveName" defaultValue={v("collectiveName", entry.collectiveName)} className={inputClass} />}
      </Field>
      {people.length > 0 && (
        <Field name={key("personId")} label="Cá nhân trong danh sách của cơ quan" errors={errors?.personId}>
          {(p) => (
            <select {...p} name="personId" defaultValue={v("personId", "")} className={inputClass}>
              <option value="">— Giữ họ tên bên dưới —</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name={key("personName")} label="Họ và tên" errors={errors?.personName} hint="Với cá nhân, khi không chọn trong danh sách.">
        {(p) => <input {...p} name="personName" defaultValue={v("personName", entry.personName)} className={inputClass} />}
      </Field>
      <Field name={key("achievement")} label="Tóm tắt thành tích" errors={errors?.achievement}>
        {(p) => <textarea {...p} name="achievement" required rows={3} defaultValue={v("achievement", entry.achievement)} className={inputClass} />}
      </Field>
      {reached.map((s) => {
        const field = STAGE_DAY_FIELD[s];
        return (
          <Field key={s} name={key(field)} label={`Ngày ${ROLE_MODEL_STAGE_LABELS[s].toLowerCase()}`} errors={errors?.[field]}>
            {(p) => <DayInput {...p} name={field} required defaultValue={v(field, entry.days[field])} />}
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>Lưu thay đổi</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** "Xóa điển hình", confirmed; the server checks first (no nomination made from it, version). */
export function RemoveRoleModelForm({ roleModelId, version, name, action }: { roleModelId: string; version: number; name: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2" aria-label={`Xóa ${name}`}>
      <input type="hidden" name="roleModelId" value={roleModelId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={`Xóa “${name}” khỏi sổ điển hình?`}
        description="Điển hình, các ngày đạt khâu và tệp minh chứng của điển hình sẽ bị xóa; việc xóa được ghi vào nhật ký."
        confirmText="Xóa điển hình"
      >
        Xóa điển hình
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
