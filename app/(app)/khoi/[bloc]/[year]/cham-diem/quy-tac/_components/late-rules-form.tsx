"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { LATE_STEP_LABELS, LATE_STEPS, type LateRule, type LateRules } from "@/lib/domain/late-submission";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { saveLateRulesAction } from "../actions";

const num = (v: number | null | undefined) => (v === null || v === undefined ? "" : String(v).replace(".", ","));

/**
 * Per step an agency submits by a deadline: refuse late submissions (the default), or accept them
 * for a number of days after the deadline with a deduction from the agency's total — once, or per
 * day late up to a cap (docs/decisions/0042-late-submission.md).
 */
export function LateRulesForm({ cycleId, updatedAt, rules }: { cycleId: string; updatedAt: string; rules: LateRules }) {
  const [state, action] = useActionState(saveLateRulesAction, null);
  return (
    <form action={action} className="space-y-5" aria-label="Quy tắc nộp muộn">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      {LATE_STEPS.map((step) => {
        const stored = rules[step];
        const rule: Partial<Omit<Extract<LateRule, { mode: "PENALTY" }>, "mode">> = stored.mode === "PENALTY" ? stored : {};
        const f = (field: string) => `late.${step}.${field}`;
        const mode = valueOf(state, f("mode"), stored.mode);
        return (
          <fieldset key={step} className="space-y-3 rounded border border-stone-200 p-3">
            <legend className="px-1 text-sm font-semibold">{LATE_STEP_LABELS[step]}</legend>
            <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={`Khi ${LATE_STEP_LABELS[step].toLowerCase()} sau hạn`}>
              <label className="flex items-center gap-2">
                <input type="radio" name={f("mode")} value="REFUSE" defaultChecked={mode === "REFUSE"} />
                Không nhận nộp muộn
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name={f("mode")} value="PENALTY" defaultChecked={mode === "PENALTY"} />
                Nhận nộp muộn và trừ điểm
              </label>
            </div>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              <Field name={f("graceDays")} label="Số ngày nhận nộp muộn" hint="Tính từ ngày sau hạn nộp." errors={errorsOf(state, f("graceDays"))}>
                {(p) => <input {...p} inputMode="numeric" defaultValue={valueOf(state, f("graceDays"), num(rule.graceDays))} className={inputClass} />}
              </Field>
              <Field name={f("kind")} label="Cách trừ điểm" errors={errorsOf(state, f("kind"))}>
                {(p) => (
                  <select {...p} defaultValue={valueOf(state, f("kind"), rule.kind ?? "PER_DAY")} className={inputClass}>
                    <option value="FLAT">Trừ một lần</option>
                    <option value="PER_DAY">Trừ theo số ngày muộn</option>
                  </select>
                )}
              </Field>
              <Field name={f("points")} label="Số điểm trừ (một lần, hoặc mỗi ngày)" errors={errorsOf(state, f("points"))}>
                {(p) => <input {...p} inputMode="decimal" defaultValue={valueOf(state, f("points"), num(rule.points))} className={inputClass} />}
              </Field>
              <Field name={f("maxPoints")} label="Trừ tối đa (theo ngày)" hint="Để trống: không giới hạn." errors={errorsOf(state, f("maxPoints"))}>
                {(p) => <input {...p} inputMode="decimal" defaultValue={valueOf(state, f("maxPoints"), num(rule.maxPoints))} className={inputClass} />}
              </Field>
            </div>
          </fieldset>
        );
      })}
      <p className="text-sm text-stone-600">
        Sau thời hạn nộp muộn, việc nộp bị từ chối. Điểm trừ được ghi khi cơ quan nộp và hiện ở kết quả với dòng “Trừ điểm nộp muộn”. Trưởng khối có thể gia hạn
        hoặc miễn trừ cho từng cơ quan tại trang đăng ký thi đua và trang tự chấm.
      </p>
      <FormMessage state={state} />
      <SubmitButton>Lưu quy tắc nộp muộn</SubmitButton>
    </form>
  );
}
