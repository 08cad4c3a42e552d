import { inputClass } from "@/components/ui/field";
import { PASSWORD_RULE_TEXT } from "@/lib/domain/password-policy";
import { AccountField } from "./account-field";

/**
 * "Mật khẩu mới" and "Nhập lại mật khẩu mới", with the rule beside them. The
 * rule is only shown here; the server applies it and answers with one field
 * message per failed part.
 */
export function NewPasswordFields({ scope, errors }: { scope: string; errors: (name: string) => string[] | undefined }) {
  return (
    <>
      <AccountField scope={scope} name="newPassword" label="Mật khẩu mới" required errors={errors("newPassword")} hint={PASSWORD_RULE_TEXT}>
        {(p) => <input {...p} type="password" autoComplete="new-password" maxLength={200} className={inputClass} />}
      </AccountField>
      <AccountField scope={scope} name="confirmPassword" label="Nhập lại mật khẩu mới" required errors={errors("confirmPassword")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" maxLength={200} className={inputClass} />}
      </AccountField>
    </>
  );
}
