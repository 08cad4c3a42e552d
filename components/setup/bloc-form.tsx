"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { BLOC_KIND_LABELS, LEVEL_LABELS } from "@/lib/domain/labels";
import { ScopedField } from "@/components/ui/scoped-field";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

export interface BlocFormValues {
  blocId?: string;
  updatedAt?: string;
  code: string;
  name: string;
  kind: string;
  level: string;
  provinceId: string | null;
  organiser: string;
}

/** Creates a bloc (no blocId: the code is asked) or edits one (the code is fixed, the version is sent back). */
export function BlocForm({
  action,
  initial,
  provinces,
  submitText,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial: BlocFormValues;
  provinces: { id: string; name: string }[];
  submitText: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const isEdit = Boolean(initial.blocId);
  const v = (name: keyof BlocFormValues) => valueOf(state, name, (initial[name] as string | null) ?? "");
  const field = { scope: "bloc" } as const;
  return (
    <form action={formAction} className="grid max-w-2xl gap-4" noValidate>
      {isEdit && <input type="hidden" name="blocId" value={initial.blocId} />}
      {isEdit && <input type="hidden" name="updatedAt" value={initial.updatedAt} />}
      {isEdit ? (
        <p className="text-sm">
          <span className="text-stone-500">Mã khối:</span> <span className="font-medium">{initial.code}</span>
        </p>
      ) : (
        <ScopedField
          {...field}
          name="code"
          label="Mã khối"
          errors={errorsOf(state, "code")}
          hint="Chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ KT-CQD. Mã dùng trong địa chỉ trang và không đổi được sau khi lập."
        >
          {(p) => <input {...p} required defaultValue={v("code")} className={inputClass} autoComplete="off" />}
        </ScopedField>
      )}
      <ScopedField {...field} name="name" label="Tên khối" errors={errorsOf(state, "name")}>
        {(p) => <input {...p} required defaultValue={v("name")} className={inputClass} />}
      </ScopedField>
      <div className="grid gap-4 sm:grid-cols-2">
        <ScopedField {...field} name="kind" label="Loại" errors={errorsOf(state, "kind")}>
          {(p) => (
            <select {...p} defaultValue={v("kind")} className={inputClass}>
              {Object.entries(BLOC_KIND_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...field} name="level" label="Cấp" errors={errorsOf(state, "level")}>
          {(p) => (
            <select {...p} defaultValue={v("level")} className={inputClass}>
              {Object.entries(LEVEL_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
      </div>
      <ScopedField {...field} name="provinceId" label="Tỉnh, thành phố" errors={errorsOf(state, "provinceId")} hint="Để trống với khối cấp Trung ương.">
        {(p) => (
          <select {...p} defaultValue={v("provinceId")} className={inputClass}>
            <option value="">— Không thuộc tỉnh, thành phố nào —</option>
            {provinces.map((pr) => (
              <option key={pr.id} value={pr.id}>
                {pr.name}
              </option>
            ))}
          </select>
        )}
      </ScopedField>
      <ScopedField
        {...field}
        name="organiser"
        label="Cơ quan tổ chức, theo dõi khối"
        errors={errorsOf(state, "organiser")}
        hint="Ví dụ: Hội đồng Thi đua – Khen thưởng tỉnh."
      >
        {(p) => <input {...p} required defaultValue={v("organiser")} className={inputClass} />}
      </ScopedField>
      {!isEdit && (
        <fieldset className="grid gap-3 rounded border border-stone-200 p-3 sm:grid-cols-2">
          <legend className="px-1 text-sm font-medium">Phân công (không bắt buộc)</legend>
          <ScopedField
            {...field}
            name="secretaryEmail"
            label="Email Thư ký khối"
            errors={errorsOf(state, "secretaryEmail")}
            hint="Tài khoản đã có trong hệ thống."
          >
            {(p) => <input {...p} type="email" defaultValue={valueOf(state, "secretaryEmail", "")} className={inputClass} autoComplete="off" />}
          </ScopedField>
          <ScopedField
            {...field}
            name="chairEmail"
            label="Email Trưởng khối (chủ trì)"
            errors={errorsOf(state, "chairEmail")}
            hint="Lãnh đạo cơ quan giữ chức Trưởng khối."
          >
            {(p) => <input {...p} type="email" defaultValue={valueOf(state, "chairEmail", "")} className={inputClass} autoComplete="off" />}
          </ScopedField>
        </fieldset>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton>{submitText}</SubmitButton>
      </div>
    </form>
  );
}
