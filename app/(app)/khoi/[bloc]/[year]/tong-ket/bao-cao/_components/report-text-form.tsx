"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { saveYearEndReportAction } from "../actions";

interface Props {
  cycleId: string;
  version: number;
  /** Each written part, in report order, with the label it is edited under. */
  parts: { key: string; label: string; value: string }[];
  maxLength: number;
}

/** The parts of the year-end report the secretary or chair writes; one paragraph per line. */
export function ReportTextForm({ cycleId, version, parts, maxLength }: Props) {
  const [state, action] = useActionState(saveYearEndReportAction, null);
  return (
    <form action={action} aria-label="Phần đánh giá của báo cáo" className="space-y-4">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="version" value={version} />
      {parts.map((p) => (
        <Field
          key={p.key}
          name={p.key}
          label={p.label}
          hint="Mỗi đoạn một dòng. Để trống: báo cáo ghi phần này chưa được viết."
          errors={errorsOf(state, p.key)}
        >
          {(props) => <textarea {...props} rows={6} maxLength={maxLength} defaultValue={valueOf(state, p.key, p.value)} className={inputClass} />}
        </Field>
      ))}
      <FormMessage state={state} />
      <SubmitButton>Lưu phần đánh giá</SubmitButton>
    </form>
  );
}
