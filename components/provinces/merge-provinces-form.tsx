"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxGroup, ScopedField } from "@/components/ui/scoped-field";
import type { FormAction } from "./form-action";
import { errorsOf, valueOf, valuesOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/**
 * Hợp nhất: one or more current provinces into an existing one, or several
 * into a new one. Irreversible, so it asks for confirmation first.
 */
export function MergeProvincesForm({ action, provinces }: { action: FormAction; provinces: { id: string; name: string }[] }) {
  const [state, formAction] = useActionState(action, null);
  const scope = "merge";
  if (provinces.length < 2) return <p className="text-sm text-stone-500">Cần ít nhất hai tỉnh, thành phố hiện hành để hợp nhất.</p>;
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <CheckboxGroup
        scope={scope}
        name="sourceIds"
        legend="Các tỉnh, thành phố được hợp nhất"
        options={provinces.map((p) => ({ value: p.id, label: p.name }))}
        checked={valuesOf(state, "sourceIds")}
        errors={errorsOf(state, "sourceIds")}
      />
      <ScopedField
        scope={scope}
        name="targetId"
        label="Tỉnh, thành phố tiếp nhận"
        errors={errorsOf(state, "targetId")}
        hint="Chọn tỉnh, thành phố hiện hành, hoặc để trống và nhập tỉnh, thành phố mới bên dưới."
      >
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "targetId")} className={inputClass}>
            <option value="">— Tỉnh, thành phố mới (nhập bên dưới) —</option>
            {provinces.map((pr) => (
              <option key={pr.id} value={pr.id}>
                {pr.name}
              </option>
            ))}
          </select>
        )}
      </ScopedField>
      <fieldset className="grid gap-3 rounded border border-stone-200 p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-medium">Tỉnh, thành phố mới</legend>
        <ScopedField scope={scope} name="newCode" label="Mã" errors={errorsOf(state, "newCode")}>
          {(p) => <input {...p} defaultValue={valueOf(state, "newCode")} className={inputClass} autoComplete="off" />}
        </ScopedField>
        <div className="sm:col-span-2">
          <ScopedField scope={scope} name="newName" label="Tên" errors={errorsOf(state, "newName")}>
            {(p) => <input {...p} defaultValue={valueOf(state, "newName")} className={inputClass} />}
          </ScopedField>
        </div>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <ScopedField scope={scope} name="mergedOn" label="Ngày hợp nhất có hiệu lực" errors={errorsOf(state, "mergedOn")}>
          {(p) => <DayInput {...p} required defaultValue={valueOf(state, "mergedOn")} />}
        </ScopedField>
        <ScopedField scope={scope} name="mergerRef" label="Văn bản quyết định" errors={errorsOf(state, "mergerRef")} hint="Ví dụ: Nghị quyết số 202/2025/QH15.">
          {(p) => <input {...p} required defaultValue={valueOf(state, "mergerRef")} className={inputClass} />}
        </ScopedField>
      </div>
      <FormMessage state={state} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          title="Ghi nhận hợp nhất tỉnh, thành phố?"
          description="Không hoàn tác được. Các tỉnh, thành phố được chọn sẽ ghi là đã hợp nhất từ ngày hiệu lực; khối, cơ quan và lịch sử của chúng được giữ nguyên và do cán bộ Hội đồng của tỉnh, thành phố tiếp nhận quản lý."
          confirmText="Hợp nhất"
        >
          Hợp nhất
        </ConfirmSubmit>
      </div>
    </form>
  );
}
