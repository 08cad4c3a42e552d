"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AccountField, RequiredNote } from "./account-field";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

export interface ProfileFormValues {
  name: string;
  title: string | null;
  phone: string | null;
  /** The version shown, sent back for optimistic concurrency. */
  updatedAt: string;
}

/** The user's own name, title and phone; after a refusal the fields keep what was typed. */
export function ProfileForm({ action, initial }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; initial: ProfileFormValues }) {
  const [state, formAction] = useActionState(action, null);
  const v = (name: "name" | "title" | "phone") => valueOf(state, name, initial[name] ?? "");
  return (
    <form action={formAction} className="grid max-w-md gap-4" noValidate>
      <RequiredNote />
      <input type="hidden" name="updatedAt" value={initial.updatedAt} />
      <AccountField scope="profile" name="name" label="Họ và tên" required errors={errorsOf(state, "name")}>
        {(p) => <input {...p} defaultValue={v("name")} autoComplete="name" maxLength={120} className={inputClass} />}
      </AccountField>
      <AccountField scope="profile" name="title" label="Chức vụ" errors={errorsOf(state, "title")} hint="Ví dụ: Chuyên viên, Phó Trưởng ban.">
        {(p) => <input {...p} defaultValue={v("title")} autoComplete="organization-title" maxLength={150} className={inputClass} />}
      </AccountField>
      <AccountField scope="profile" name="phone" label="Số điện thoại" errors={errorsOf(state, "phone")}>
        {(p) => <input {...p} type="tel" defaultValue={v("phone")} autoComplete="tel" maxLength={30} className={inputClass} />}
      </AccountField>
      <FormMessage state={state} />
      <div>
        <SubmitButton>Lưu thông tin</SubmitButton>
      </div>
    </form>
  );
}
