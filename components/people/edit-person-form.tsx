"use client";

import { useActionState } from "react";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { valueOf, type ActionState } from "@/lib/forms/action-state";
import type { AgencyPerson } from "@/lib/server/people/find-agency-people";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Sửa thông tin cá nhân": name, birth year, and where they worked — each period the user may
 * change (at an agency whose people they edit) as a row with "xóa", the others shown as they are,
 * and one blank row to add a period. Rows are "period.<n>.<field>" (lib/schemas/people.ts).
 */
export function EditPersonForm({
  person,
  blocId,
  year,
  agencies,
  action,
}: {
  person: AgencyPerson;
  blocId: string;
  year: number;
  /** The member agencies whose people the user edits. */
  agencies: { id: string; name: string }[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const v = (name: string, fallback: string | null) => valueOf(state, name, fallback ?? "");
  const editable = new Set(agencies.map((a) => a.id));
  const rows = [...person.periods.filter((p) => editable.has(p.agencyId)), null];
  const others = person.periods.filter((p) => !editable.has(p.agencyId));
  const key = (name: string) => `${name}-${person.id}`;
  return (
    <form key={state?.stamp ?? 0} action={formAction} noValidate className="space-y-3" aria-label={`Sửa thông tin ${person.name}`}>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name={key("name")} label="Họ và tên" errors={errors?.name}>
          {(p) => <input {...p} name="name" required defaultValue={v("name", person.name)} className={inputClass} />}
        </Field>
        <Field name={key("birthYear")} label="Năm sinh" errors={errors?.birthYear}>
          {(p) => (
            <input {...p} name="birthYear" inputMode="numeric" defaultValue={v("birthYear", person.birthYear?.toString() ?? null)} className={inputClass} />
          )}
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Nơi công tác</legend>
        {others.map((p) => (
          <p key={p.id} className="text-sm text-stone-600">
            {p.agencyName}
            {p.position ? `, ${p.position}` : ""} (do cơ quan đó cập nhật)
          </p>
        ))}
        {rows.map((p, i) => {
          const f = (field: string) => `period.${i}.${field}`;
          return (
            <div key={p?.id ?? "new"} className="grid gap-2 rounded border border-stone-200 p-2 sm:grid-cols-5">
              {p && <input type="hidden" name={f("id")} value={p.id} />}
              <Field name={key(f("agencyId"))} label={p ? "Cơ quan" : "Thêm nơi công tác: cơ quan"} errors={errors?.[f("agencyId")]}>
                {(props) => (
                  <select {...props} name={f("agencyId")} defaultValue={v(f("agencyId"), p?.agencyId ?? "")} className={inputClass}>
                    {!p && <option value="">— Không thêm —</option>}
                    {agencies.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={key(f("position"))} label="Chức vụ" errors={errors?.[f("position")]}>
                {(props) => <input {...props} name={f("position")} defaultValue={v(f("position"), p?.position ?? null)} className={inputClass} />}
              </Field>
              <Field name={key(f("fromOn"))} label="Từ ngày" errors={errors?.[f("fromOn")]}>
                {(props) => <DayInput {...props} name={f("fromOn")} defaultValue={v(f("fromOn"), p?.fromOn ?? null)} />}
              </Field>
              <Field name={key(f("toOn"))} label="Đến ngày (trống: đến nay)" errors={errors?.[f("toOn")]}>
                {(props) => <DayInput {...props} name={f("toOn")} defaultValue={v(f("toOn"), p?.toOn ?? null)} />}
              </Field>
              {p && (
                <label className="flex items-center gap-2 self-end pb-2 text-sm">
                  <input type="checkbox" name={f("remove")} defaultChecked={v(f("remove"), "") === "on"} /> Xóa nơi công tác này
                </label>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>Lưu thông tin cá nhân</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
