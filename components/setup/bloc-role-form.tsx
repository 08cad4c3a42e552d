"use client";

import { useActionState, useState } from "react";
import { IssuedPasswordPanel } from "@/components/accounts/issued-passwords";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/forms/action-state";
import type { IssuedPassword } from "@/lib/server/accounts/issued-password";

type Choice = { id: string; name: string };

const ROLE_OPTIONS = [
  ["SECRETARY", "Thư ký khối"],
  ["CHAIR", "Trưởng khối (người chủ trì)"],
  ["OBSERVER", "Người theo dõi"],
] as const;

/** Council staff name a bloc role holder: an existing account they manage, or a new account. */
export function BlocRoleForm({
  blocId,
  accounts,
  members,
  action,
}: {
  blocId: string;
  accounts: (Choice & { email: string })[];
  members: Choice[];
  action: (s: ActionState<{ created: IssuedPassword }>, f: FormData) => Promise<ActionState<{ created: IssuedPassword }>>;
}) {
  const [state, formAction] = useActionState(action, null);
  const [mode, setMode] = useState<"existing" | "new">(accounts.length > 0 ? "existing" : "new");
  const err = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const kept = (name: string) => (state && !state.ok ? String(state.values?.[name] ?? "") : "");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <Field name="role" label="Vai trò trong khối" errors={err("role")}>
        {(p) => (
          <select {...p} defaultValue={kept("role") || "SECRETARY"} className={inputClass}>
            {ROLE_OPTIONS.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">Người nhận vai trò</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="existing"
              checked={mode === "existing"}
              onChange={() => setMode("existing")}
              disabled={accounts.length === 0}
            />
            Tài khoản có sẵn
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} />
            Tạo tài khoản mới
          </label>
        </div>
      </fieldset>
      {mode === "existing" ? (
        <Field name="userId" label="Tài khoản" errors={err("userId")}>
          {(p) => (
            <select {...p} defaultValue={kept("userId")} className={inputClass}>
              <option value="">— Chọn tài khoản —</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.email})
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="name" label="Họ và tên" errors={err("name")}>
            {(p) => <input {...p} required defaultValue={kept("name")} autoComplete="off" className={inputClass} />}
          </Field>
          <Field name="email" label="Email" errors={err("email")}>
            {(p) => <input {...p} type="email" required defaultValue={kept("email")} autoComplete="off" className={inputClass} />}
          </Field>
          <Field name="title" label="Chức danh" errors={err("title")}>
            {(p) => <input {...p} defaultValue={kept("title")} className={inputClass} />}
          </Field>
          <Field name="agencyId" label="Cơ quan công tác" errors={err("agencyId")} hint="Một cơ quan thành viên của khối trong năm, nếu có.">
            {(p) => (
              <select {...p} defaultValue={kept("agencyId")} className={inputClass}>
                <option value="">— Không chọn —</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
      <FormMessage state={state} />
      {state?.ok && state.created && <IssuedPasswordPanel issued={state.created} />}
      <SubmitButton pendingText="Đang giao…">Giao vai trò</SubmitButton>
    </form>
  );
}
