"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveProgrammeAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

interface Props {
  cycleId: string;
  updatedAt: string;
  theme: string | null;
  movements: string[];
  legalBases: string[];
}

/** Theme, movements and legal bases of the year; lists are one item per line. */
export function ProgrammeForm({ cycleId, updatedAt, theme, movements, legalBases }: Props) {
  const [state, action] = useActionState(saveProgrammeAction, null);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <Field name="theme" label="Chủ đề thi đua" hint="Ví dụ: Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả" errors={errorsOf(state, "theme")}>
        {(p) => <input {...p} maxLength={500} defaultValue={valueOf(state, "theme", theme ?? "")} className={inputClass} />}
      </Field>
      <Field
        name="movements"
        label="Các phong trào thi đua khối hưởng ứng"
        hint="Mỗi phong trào một dòng; tối đa 30 dòng."
        errors={errorsOf(state, "movements")}
      >
        {(p) => <textarea {...p} rows={5} defaultValue={valueOf(state, "movements", movements.join("\n"))} className={inputClass} />}
      </Field>
      <Field
        name="legalBases"
        label="Căn cứ pháp lý, chính sách"
        hint="Mỗi căn cứ một dòng, ví dụ: Luật Thi đua, khen thưởng số 06/2022/QH15; Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị."
        errors={errorsOf(state, "legalBases")}
      >
        {(p) => <textarea {...p} rows={5} defaultValue={valueOf(state, "legalBases", legalBases.join("\n"))} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton>Lưu chương trình</SubmitButton>
    </form>
  );
}
