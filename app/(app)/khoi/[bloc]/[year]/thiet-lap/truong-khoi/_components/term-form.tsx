"use client";

import { useActionState } from "react";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { OFFICER_ROLE_LABELS, SELECTION_LABELS } from "@/lib/domain/labels";
import { saveOfficerTermAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

export interface TermValues {
  id?: string;
  role: string;
  agencyId: string;
  personName: string | null;
  startsOn: string;
  endsOn: string;
  method: string;
  decisionRef: string | null;
  handoverOn: string | null;
}

/** Records a new Trưởng khối / Phó khối term, or edits one (with its id). */
export function TermForm({
  blocId,
  year,
  members,
  initial,
  submitText,
}: {
  blocId: string;
  year: number;
  members: { id: string; name: string }[];
  initial: TermValues;
  submitText: string;
}) {
  const [state, action] = useActionState(saveOfficerTermAction, null);
  const scope = initial.id ? `t-${initial.id}` : "t-new";
  const v = (name: keyof TermValues) => valueOf(state, name, initial[name] ?? "");
  const f = (name: string) => ({ scope, name, errors: errorsOf(state, name) });
  return (
    <form action={action} className="grid gap-4" noValidate>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-3 sm:grid-cols-2">
        <ScopedField {...f("role")} label="Chức danh">
          {(p) => (
            <select {...p} defaultValue={v("role")} className={inputClass}>
              {Object.entries(OFFICER_ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f("agencyId")} label={`Cơ quan (thành viên năm ${year})`}>
          {(p) => (
            <select {...p} defaultValue={v("agencyId")} className={inputClass}>
              <option value="">— Chọn cơ quan —</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f("personName")} label="Người đại diện (không bắt buộc)" hint="Thủ trưởng cơ quan giữ chức Trưởng khối / Phó khối.">
          {(p) => <input {...p} defaultValue={v("personName")} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f("method")} label="Hình thức chọn">
          {(p) => (
            <select {...p} defaultValue={v("method")} className={inputClass}>
              {Object.entries(SELECTION_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <ScopedField {...f("startsOn")} label="Bắt đầu nhiệm kỳ">
          {(p) => <DayInput {...p} required defaultValue={v("startsOn")} />}
        </ScopedField>
        <ScopedField {...f("endsOn")} label="Kết thúc nhiệm kỳ">
          {(p) => <DayInput {...p} required defaultValue={v("endsOn")} />}
        </ScopedField>
        <ScopedField {...f("decisionRef")} label="Quyết định hoặc biên bản" hint="Ví dụ: Biên bản Hội nghị tổng kết ngày 12/01/2025.">
          {(p) => <input {...p} defaultValue={v("decisionRef")} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f("handoverOn")} label="Ngày bàn giao cờ luân lưu (nếu có)">
          {(p) => <DayInput {...p} defaultValue={v("handoverOn")} />}
        </ScopedField>
      </div>
      <FormMessage state={state} />
      <div>
        <SubmitButton>{submitText}</SubmitButton>
      </div>
    </form>
  );
}
