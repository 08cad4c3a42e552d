"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ImportErrors, XlsxFileField } from "@/components/ui/xlsx-import";
import type { AccountChoices } from "@/lib/server/accounts/find-account-choices";
import { defaultProvince, ProvinceOptions } from "./choice-options";
import { IssuedPasswordTable } from "./issued-passwords";
import { errorsOf, type ActionState } from "@/lib/forms/action-state";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";

type Action = (prev: ActionState<{ imported: IssuedPassword[] }>, formData: FormData) => Promise<ActionState<{ imported: IssuedPassword[] }>>;

/**
 * "Nhập từ tệp .xlsx": the managing province for every account of the file and
 * the file. Every problem is listed by row and column and nothing is created;
 * on success the temporary passwords are shown once.
 */
export function ImportAccountsForm({ action, choices }: { action: Action; choices: AccountChoices }) {
  const [state, formAction] = useActionState(action, null);
  const fileErrors = errorsOf(state, "file");
  return (
    <div className="space-y-4">
      {state?.ok && state.imported && <IssuedPasswordTable issued={state.imported} />}
      <form action={formAction} className="grid max-w-2xl gap-4" aria-label="Nhập tài khoản từ tệp .xlsx">
        <Field
          name="import-province"
          label="Tỉnh, thành phố quản lý các tài khoản"
          errors={errorsOf(state, "provinceId")}
          hint="Cũng là phạm vi của vai trò Cán bộ Hội đồng TĐKT trong tệp."
        >
          {(p) => (
            <select {...p} name="provinceId" required defaultValue={defaultProvince(choices.provinces, choices.central)} className={inputClass}>
              <ProvinceOptions provinces={choices.provinces} central={choices.central} />
            </select>
          )}
        </Field>
        <XlsxFileField
          id="import-file"
          label="Tệp danh sách tài khoản (.xlsx)"
          hint="Dùng tệp mẫu ở trên; tối đa 2 MB."
          errors={fileErrors}
          errorsId="import-errors"
        />
        <FormMessage state={state?.ok ? null : state} />
        <ImportErrors id="import-errors" errors={fileErrors} />
        <div>
          <ConfirmSubmit
            state={state}
            formAction={formAction}
            title="Tạo các tài khoản trong tệp?"
            description="Mỗi dòng của tệp thành một tài khoản với mật khẩu tạm thời và vai trò ghi trong dòng. Nếu có dòng sai, không tài khoản nào được tạo."
            confirmText="Nhập tệp"
            variant="primary"
          >
            Nhập từ tệp .xlsx
          </ConfirmSubmit>
        </div>
      </form>
    </div>
  );
}
