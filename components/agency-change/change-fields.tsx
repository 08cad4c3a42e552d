"use client";

import { inputClass } from "@/components/ui/field";
import { ScopedField } from "@/components/ui/scoped-field";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { errorsOf, valueOf, valuesOf, type ActionState } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/**
 * Fields of the forms that add an agency or record a change to agencies (merger, split, rename,
 * dissolution), shared by the agency register and a bloc's member page.
 */

/** An agency to pick; `province` tells apart agencies of an absorbed province (null for the own one). */
export interface AgencyChoice {
  id: string;
  name: string;
  province: string | null;
}

export const agencyChoiceLabel = (c: AgencyChoice) => (c.province ? `${c.name} (${c.province})` : c.name);

/** Name, short name and (unless a rename) type of an agency created from a form: fields `newName{suffix}`… */
export function NewAgencyFields({
  scope,
  state,
  suffix = "",
  withType = true,
  nameLabel = "Tên cơ quan mới",
}: {
  scope: string;
  state: ActionState;
  suffix?: string;
  withType?: boolean;
  nameLabel?: string;
}) {
  const name = `newName${suffix}`;
  const shortName = `newShortName${suffix}`;
  const type = `newType${suffix}`;
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <ScopedField scope={scope} name={name} label={nameLabel} errors={errorsOf(state, name)}>
        {(p) => <input {...p} defaultValue={valueOf(state, name)} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name={shortName} label="Tên viết tắt" errors={errorsOf(state, shortName)} hint="Để trống thì dùng tên đầy đủ.">
        {(p) => <input {...p} defaultValue={valueOf(state, shortName)} className={inputClass} />}
      </ScopedField>
      {withType && (
        <ScopedField scope={scope} name={type} label="Loại cơ quan" errors={errorsOf(state, type)}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, type)} className={inputClass}>
              <option value="">— Chọn loại —</option>
              {Object.entries(AGENCY_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
      )}
    </div>
  );
}

/** One new agency in its own box ("Cơ quan mới"), for the forms that take an existing agency or a new one. */
export function NewAgencyFieldset({ scope, state }: { scope: string; state: ActionState }) {
  return (
    <fieldset className="rounded border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium">Cơ quan mới</legend>
      <NewAgencyFields scope={scope} state={state} />
    </fieldset>
  );
}

/** A picker of one existing agency whose empty choice means "the new agency entered below". */
export function ExistingOrNewSelect({
  scope,
  state,
  name,
  label,
  errors,
  hint,
  choices,
}: {
  scope: string;
  state: ActionState;
  name: string;
  label: string;
  errors: string[] | undefined;
  hint: string;
  choices: AgencyChoice[];
}) {
  return (
    <ScopedField scope={scope} name={name} label={label} errors={errors} hint={hint}>
      {(p) => (
        <select {...p} defaultValue={valueOf(state, name)} className={inputClass}>
          <option value="">— Cơ quan mới (nhập bên dưới) —</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {agencyChoiceLabel(c)}
            </option>
          ))}
        </select>
      )}
    </ScopedField>
  );
}

/** The agency a merger ends in: an existing one (`successorId`) or, left empty, the new one entered below. */
export function MergerSuccessorSelect({ scope, state, hint, choices }: { scope: string; state: ActionState; hint: string; choices: AgencyChoice[] }) {
  return (
    <ExistingOrNewSelect
      scope={scope}
      state={state}
      name="successorId"
      label="Cơ quan sau hợp nhất"
      errors={errorsOf(state, "successorId") ?? errorsOf(state, "successors")}
      hint={hint}
      choices={choices}
    />
  );
}

/** What a split becomes: existing agencies (`successorIds`) and/or up to three new ones. */
export function SplitSuccessorFields({ scope, state, choices, size }: { scope: string; state: ActionState; choices: AgencyChoice[]; size: number }) {
  return (
    <>
      <ScopedField
        scope={scope}
        name="successorIds"
        label="Cơ quan có sẵn tiếp nhận (nếu có)"
        errors={errorsOf(state, "successors")}
        hint="Giữ phím Ctrl (hoặc Cmd) để chọn nhiều cơ quan. Có thể kết hợp với cơ quan mới bên dưới; tổng cộng ít nhất hai."
      >
        {(p) => (
          <select {...p} multiple size={size} defaultValue={[...valuesOf(state, "successorIds")]} className={inputClass}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {agencyChoiceLabel(c)}
              </option>
            ))}
          </select>
        )}
      </ScopedField>
      {[0, 1, 2].map((i) => (
        <fieldset key={i} className="rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">Cơ quan mới thứ {i + 1}</legend>
          <NewAgencyFields scope={scope} state={state} suffix={String(i)} nameLabel="Tên cơ quan" />
        </fieldset>
      ))}
    </>
  );
}

/**
 * Effective day, decision reference and note of a change. Given a `year` (a bloc's year), the day
 * is held to that year or the 1st of January after it.
 */
export function ChangeFields({ scope, state, year }: { scope: string; state: ActionState; year?: number }) {
  const within = year === undefined ? undefined : { hint: `Trong năm ${year}, hoặc 01/01/${year + 1}.`, min: `${year}-01-02`, max: `${year + 1}-01-01` };
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <ScopedField scope={scope} name="effectiveOn" label="Ngày hiệu lực" errors={errorsOf(state, "effectiveOn")} hint={within?.hint}>
        {(p) => <DayInput {...p} required defaultValue={valueOf(state, "effectiveOn")} />}
      </ScopedField>
      <ScopedField scope={scope} name="decisionRef" label="Quyết định" errors={errorsOf(state, "decisionRef")} hint="Ví dụ: QĐ 983-QĐ/TU ngày 12/02/2025.">
        {(p) => <input {...p} defaultValue={valueOf(state, "decisionRef")} className={inputClass} />}
      </ScopedField>
      <ScopedField scope={scope} name="note" label="Ghi chú" errors={errorsOf(state, "note")}>
        {(p) => <input {...p} defaultValue={valueOf(state, "note")} className={inputClass} />}
      </ScopedField>
    </div>
  );
}

/** Errors about the change as a whole (the planner's "predecessorIds" / "successors"). */
export function ChangeErrors({ state, fields }: { state: ActionState; fields: string[] }) {
  const errors = fields.flatMap((f) => errorsOf(state, f) ?? []);
  if (errors.length === 0) return null;
  return (
    <div aria-live="polite">
      {errors.map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}
