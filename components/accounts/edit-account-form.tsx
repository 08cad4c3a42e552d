"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { CENTRAL_CHOICE as CENTRAL } from "@/lib/domain/account-rules";
import type { AccountDetail } from "@/lib/server/accounts/get-account";
import type { AccountChoices } from "@/lib/server/accounts/find-account-choices";
import { choiceLabel, ProvinceOptions } from "./choice-options";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export type EditableAccount = Pick<AccountDetail, "id" | "name" | "title" | "phone" | "agencyId" | "agency" | "provinceId" | "province" | "updatedAt">;

/**
 * Edits name, title, agency, phone and managing province. The e-mail (the
 * sign-in name) stays. The account's current agency and province are offered
 * even when no longer pickable (dissolved, merged), so saving other fields keeps them.
 */
export function EditAccountForm({ action, account, choices }: { action: Action; account: EditableAccount; choices: AccountChoices }) {
  const [state, formAction] = useActionState(action, null);
  const f = { scope: "edit-account" } as const;
  const agencies =
    account.agencyId && !choices.agencies.some((a) => a.id === account.agencyId)
      ? [{ id: account.agencyId, name: account.agency ?? "", province: undefined }, ...choices.agencies]
      : choices.agencies;
  const provinces =
    account.provinceId && !choices.provinces.some((p) => p.id === account.provinceId)
      ? [{ id: account.provinceId, name: account.province }, ...choices.provinces]
      : choices.provinces;
  const central = choices.central || account.provinceId === null;
  return (
    <form action={formAction} className="grid max-w-3xl gap-4" noValidate>
      <input type="hidden" name="userId" value={account.id} />
      <input type="hidden" name="updatedAt" value={account.updatedAt} />
      <p className="text-sm text-stone-600">Các trường có dấu * là bắt buộc. Email đăng nhập không đổi được.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <ScopedField {...f} name="name" label="Họ và tên" errors={errorsOf(state, "name")}>
          {(p) => <input {...p} required defaultValue={valueOf(state, "name", account.name)} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f} name="title" label="Chức danh" errors={errorsOf(state, "title")}>
          {(p) => <input {...p} defaultValue={valueOf(state, "title", account.title ?? "")} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f} name="phone" label="Điện thoại" errors={errorsOf(state, "phone")} hint="Ví dụ: 0912 345 678.">
          {(p) => <input {...p} type="tel" defaultValue={valueOf(state, "phone", account.phone ?? "")} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f} name="agencyId" label="Cơ quan, đơn vị" errors={errorsOf(state, "agencyId")}>
          {(p) => (
            <select {...p} defaultValue={valueOf(state, "agencyId", account.agencyId ?? "")} className={inputClass}>
              <option value="">— Không thuộc cơ quan nào trong danh mục —</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {choiceLabel(a)}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f} name="provinceId" label="Tỉnh, thành phố quản lý tài khoản" errors={errorsOf(state, "provinceId")}>
          {(p) => (
            <select {...p} required defaultValue={valueOf(state, "provinceId", account.provinceId ?? CENTRAL)} className={inputClass}>
              <ProvinceOptions provinces={provinces} central={central} />
            </select>
          )}
        </ScopedField>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton>Lưu thông tin</SubmitButton>
      </div>
    </form>
  );
}
