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
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Giao vai trò": the role, then the one scope it takes — a bloc, an agency
 * (the account's own by default) or a province / the central level — and
 * optional days. Only the scopes the caller manages are offered; the server
 * checks again.
 */
export function GrantRoleForm({
  action,
  userId,
  accountAgencyId,
  choices,
}: {
  action: Action;
  userId: string;
  accountAgencyId: string | null;
  choices: AccountChoices;
}) {
  const [state, formAction] = useActionState(action, null);
  const [role, setRole] = useState<string>(valueOf(state, "role"));
  const kind = role ? roleScopeKind(role as RoleName) : null;
  const f = { scope: "grant-role" } as const;
  return (
    <form action={formAction} className="grid max-w-3xl gap-4" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <ScopedField {...f} name="role" label="Vai trò" errors={errorsOf(state, "role")}>
          {(p) => (
            <select {...p} required value={role} onChange={(e) => setRole(e.target.value)} className={inputClass}>
              <option value="">— Chọn vai trò —</option>
              {choices.roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        {kind === "BLOC" && (
          <ScopedField {...f} name="blocId" label="Khối" errors={errorsOf(state, "blocId")}>
            {(p) => (
              <select {...p} required defaultValue={valueOf(state, "blocId")} className={inputClass}>
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
        {kind === "AGENCY" && (
          <ScopedField {...f} name="agencyId" label="Cơ quan" errors={errorsOf(state, "agencyId")}>
            {(p) => (
              <select {...p} required defaultValue={valueOf(state, "agencyId", accountAgencyId ?? "")} className={inputClass}>
                <option value="">— Chọn cơ quan —</option>
                {choices.agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {choiceLabel(a)}
                  </option>
                ))}
              </select>
            )}
          </ScopedField>
        )}
        {kind === "PROVINCE" && (
          <ScopedField
            {...f}
            name="provinceId"
            label="Tỉnh, thành phố"
            errors={errorsOf(state, "provinceId")}
            hint="Cán bộ của một tỉnh, thành phố làm việc cả ở các tỉnh đã hợp nhất vào đó."
          >
            {(p) => (
              <select {...p} required defaultValue={valueOf(state, "provinceId", defaultProvince(choices.provinces, choices.central))} className={inputClass}>
                <ProvinceOptions provinces={choices.provinces} central={choices.central} />
              </select>
            )}
          </ScopedField>
        )}
        {kind === "NONE" && <p className="self-end text-sm text-stone-600">Quản trị hệ thống có quyền trên toàn hệ thống.</p>}
      </div>
      {kind && (
        <div className="grid gap-4 sm:grid-cols-2">
          <ScopedField {...f} name="startsOn" label="Từ ngày" errors={errorsOf(state, "startsOn")} hint="Để trống nếu có hiệu lực ngay.">
            {(p) => <DayInput {...p} defaultValue={valueOf(state, "startsOn")} />}
          </ScopedField>
          <ScopedField {...f} name="endsOn" label="Đến ngày" errors={errorsOf(state, "endsOn")} hint="Để trống nếu không có thời hạn.">
            {(p) => <DayInput {...p} defaultValue={valueOf(state, "endsOn")} />}
          </ScopedField>
        </div>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton>Giao vai trò</SubmitButton>
      </div>
    </form>
  );
}
