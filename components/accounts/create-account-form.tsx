"use client";

import { useActionState, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { roleScopeKind } from "@/lib/domain/account-rules";
import { ROLE_LABELS, type RoleName } from "@/lib/domain/roles";
import type { AccountChoices } from "@/lib/server/accounts/find-account-choices";
import { choiceLabel, defaultProvince, ProvinceOptions } from "./choice-options";
import { IssuedPasswordPanel } from "./issued-passwords";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";
import { DayInput } from "@/components/ui/day-input";

type Action = (prev: ActionState<{ created: IssuedPassword }>, formData: FormData) => Promise<ActionState<{ created: IssuedPassword }>>;

const ROLE_HINT: Record<ReturnType<typeof roleScopeKind>, string> = {
  NONE: "Quản trị hệ thống có quyền trên toàn hệ thống.",
  PROVINCE: "Cán bộ Hội đồng TĐKT làm việc ở tỉnh, thành phố quản lý đã chọn ở trên (hoặc Trung ương).",
  BLOC: "Chọn khối của vai trò.",
  AGENCY: "Vai trò của cơ quan đã chọn ở trên.",
};

/**
 * "Tạo tài khoản": the account, its managing province and, optionally, a first
 * role. On success the temporary password is shown once above the emptied form.
 */
export function CreateAccountForm({ action, choices }: { action: Action; choices: AccountChoices }) {
  const [state, formAction] = useActionState(action, null);
  const f = { scope: "new-account" } as const;
  return (
    <div className="space-y-4">
      {state?.ok && state.created && <IssuedPasswordPanel issued={state.created} />}
      <form action={formAction} className="grid max-w-3xl gap-4" noValidate>
        <p className="text-sm text-stone-600">Các trường có dấu * là bắt buộc.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <ScopedField {...f} name="name" label="Họ và tên" errors={errorsOf(state, "name")}>
            {(p) => <input {...p} required defaultValue={valueOf(state, "name")} autoComplete="off" className={inputClass} />}
          </ScopedField>
          <ScopedField {...f} name="title" label="Chức danh" errors={errorsOf(state, "title")} hint="Ví dụ: Chuyên viên Ban Thi đua – Khen thưởng.">
            {(p) => <input {...p} defaultValue={valueOf(state, "title")} className={inputClass} />}
          </ScopedField>
          <ScopedField {...f} name="email" label="Email" errors={errorsOf(state, "email")} hint="Dùng để đăng nhập; mỗi email một tài khoản.">
            {(p) => <input {...p} type="email" required defaultValue={valueOf(state, "email")} autoComplete="off" className={inputClass} />}
          </ScopedField>
          <ScopedField {...f} name="phone" label="Điện thoại" errors={errorsOf(state, "phone")} hint="Ví dụ: 0912 345 678.">
            {(p) => <input {...p} type="tel" defaultValue={valueOf(state, "phone")} className={inputClass} />}
          </ScopedField>
          <ScopedField {...f} name="agencyId" label="Cơ quan, đơn vị" errors={errorsOf(state, "agencyId")}>
            {(p) => (
              <select {...p} defaultValue={valueOf(state, "agencyId")} className={inputClass}>
                <option value="">— Không thuộc cơ quan nào trong danh mục —</option>
                {choices.agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {choiceLabel(a)}
                  </option>
                ))}
              </select>
            )}
          </ScopedField>
          <ScopedField
            {...f}
            name="provinceId"
            label="Tỉnh, thành phố quản lý tài khoản"
            errors={errorsOf(state, "provinceId")}
            hint="Cán bộ Hội đồng TĐKT của tỉnh, thành phố này quản lý tài khoản."
          >
            {(p) => (
              <select {...p} required defaultValue={valueOf(state, "provinceId", defaultProvince(choices.provinces, choices.central))} className={inputClass}>
                <ProvinceOptions provinces={choices.provinces} central={choices.central} />
              </select>
            )}
          </ScopedField>
        </div>
        <InitialRoleFields key={state?.ok ? state.created?.userId : "form"} state={state} choices={choices} />
        <FormMessage state={state?.ok ? null : state} />
        <div>
          <SubmitButton pendingText="Đang tạo…">Tạo tài khoản</SubmitButton>
        </div>
      </form>
    </div>
  );
}

/** The optional first role; remounted (emptied) after each account created. */
function InitialRoleFields({ state, choices }: { state: ActionState<{ created: IssuedPassword }>; choices: AccountChoices }) {
  const [role, setRole] = useState<string>(valueOf(state, "role"));
  const kind = role ? roleScopeKind(role as RoleName) : null;
  const f = { scope: "new-account" } as const;
  return (
    <fieldset className="grid gap-4 rounded border border-stone-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-medium">Vai trò ban đầu (không bắt buộc)</legend>
      <ScopedField
        {...f}
        name="role"
        label="Vai trò"
        errors={errorsOf(state, "role")}
        hint={kind ? ROLE_HINT[kind] : "Có thể giao thêm vai trò ở trang của tài khoản."}
      >
        {(p) => (
          <select {...p} value={role} onChange={(e) => setRole(e.target.value)} className={inputClass}>
            <option value="">— Chưa giao vai trò —</option>
            {choices.roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </ScopedField>
      {kind === "BLOC" && (
        <ScopedField {...f} name="roleBlocId" label="Khối" errors={errorsOf(state, "roleBlocId")}>
          {(p) => (
            <select {...p} required defaultValue={valueOf(state, "roleBlocId")} className={inputClass}>
              <option value="">— Chọn khối —</option>
              {choices.blocs.map((b) => (
                <option key={b.id} value={b.id}>
                  {choiceLabel(b)}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
      )}
      {kind && (
        <>
          <ScopedField {...f} name="roleStartsOn" label="Từ ngày" errors={errorsOf(state, "roleStartsOn")} hint="Để trống nếu có hiệu lực ngay.">
            {(p) => <DayInput {...p} defaultValue={valueOf(state, "roleStartsOn")} />}
          </ScopedField>
          <ScopedField {...f} name="roleEndsOn" label="Đến ngày" errors={errorsOf(state, "roleEndsOn")} hint="Để trống nếu không có thời hạn.">
            {(p) => <DayInput {...p} defaultValue={valueOf(state, "roleEndsOn")} />}
          </ScopedField>
        </>
      )}
    </fieldset>
  );
}
