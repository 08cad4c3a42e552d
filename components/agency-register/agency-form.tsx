"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/provinces/form-action";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { AGENCY_TYPE_LABELS } from "@/lib/domain/labels";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

export interface AgencyFormValues {
  agencyId?: string;
  code: string;
  name: string;
  shortName: string;
  type: string;
  establishedOn: string;
  noPartyOrganisation: boolean;
  noMassOrganisations: boolean;
}

/**
 * Adds an agency to a register (no agencyId: the province is asked when the
 * register has several, and the code may be left for the system to make) or
 * corrects one.
 */
export function AgencyForm({
  action,
  initial,
  provinces = [],
  submitText,
}: {
  action: FormAction;
  initial: AgencyFormValues;
  /** Create only: the register's provinces (the first is the default). */
  provinces?: { id: string | null; name: string }[];
  submitText: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const isEdit = Boolean(initial.agencyId);
  const scope = isEdit ? `edit-${initial.agencyId}` : "new-agency";
  const v = (name: "code" | "name" | "shortName" | "type" | "establishedOn") => valueOf(state, name, initial[name] ?? "");
  return (
    <form action={formAction} className="grid max-w-3xl gap-4" noValidate>
      {isEdit && <input type="hidden" name="agencyId" value={initial.agencyId} />}
      {!isEdit && provinces.length === 1 && <input type="hidden" name="provinceId" value={provinces[0]!.id ?? ""} />}
      {!isEdit && provinces.length > 1 && (
        <ScopedField
          scope={scope}
          name="provinceId"
          label="Thuộc tỉnh, thành phố"
          errors={errorsOf(state, "provinceId")}
          hint="Cơ quan của tỉnh đã hợp nhất chỉ dùng khi nhập lại lịch sử."
        >
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "provinceId", provinces[0]!.id ?? "")} className={inputClass}>
              {provinces.map((pr) => (
                <option key={pr.id ?? ""} value={pr.id ?? ""}>
                  {pr.name}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <ScopedField scope={scope} name="name" label="Tên cơ quan, đơn vị" errors={errorsOf(state, "name")}>
            {(p) => <input {...p} required defaultValue={v("name")} className={inputClass} />}
          </ScopedField>
        </div>
        <ScopedField scope={scope} name="shortName" label="Tên viết tắt" errors={errorsOf(state, "shortName")} hint="Để trống thì dùng tên đầy đủ.">
          {(p) => <input {...p} defaultValue={v("shortName")} className={inputClass} />}
        </ScopedField>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <ScopedField
          scope={scope}
          name="code"
          label="Mã cơ quan"
          errors={errorsOf(state, "code")}
          hint={isEdit ? "Chữ cái không dấu, chữ số, dấu gạch ngang." : "Để trống để hệ thống tự tạo."}
        >
          {(p) => <input {...p} required={isEdit} defaultValue={v("code")} className={inputClass} autoComplete="off" />}
        </ScopedField>
        <ScopedField scope={scope} name="type" label="Loại cơ quan" errors={errorsOf(state, "type")}>
          {(p) => (
            <select {...p} defaultValue={v("type")} className={inputClass}>
              <option value="">— Chọn loại —</option>
              {Object.entries(AGENCY_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField scope={scope} name="establishedOn" label="Ngày thành lập" errors={errorsOf(state, "establishedOn")} hint="Không bắt buộc.">
          {(p) => <DayInput {...p} defaultValue={v("establishedOn")} />}
        </ScopedField>
      </div>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Tổ chức đảng, đoàn thể</legend>
        <p className="text-stone-600">Báo cáo thành tích của cơ quan không có tổ chức đảng hoặc đoàn thể phải ghi rõ điều đó.</p>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="noPartyOrganisation" defaultChecked={initial.noPartyOrganisation} /> Không có tổ chức đảng riêng
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="noMassOrganisations" defaultChecked={initial.noMassOrganisations} /> Không có tổ chức đoàn thể (công đoàn, đoàn thanh
          niên…)
        </label>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton>{submitText}</SubmitButton>
      </div>
    </form>
  );
}
