"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { ON_REJECTION_LABELS, RANKING_VOTE_MODE_LABELS } from "@/lib/domain/labels";

export interface RankingVoteRuleFormProps {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  cycleId: string;
  updatedAt: string;
  rule: { mode: string; onRejection: string; leaders: number };
}

/**
 * "Quy tắc suy tôn đơn vị dẫn đầu": whether the published ranking proposes the leading-unit vote's
 * candidates and what follows a rejection (docs/decisions/0043-ranking-and-the-leading-unit-vote.md).
 */
export function RankingVoteRuleForm({ action, cycleId, updatedAt, rule }: RankingVoteRuleFormProps) {
  const [state, formAction] = useActionState(action, null);
  return (
    // Remounted on every answer (`stamp`): React does not apply a changed default to a drawn <select>.
    <form key={state?.stamp ?? 0} action={formAction} className="space-y-4" aria-label="Quy tắc suy tôn đơn vị dẫn đầu">
      <FormMessage state={state} />
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <div className="grid gap-4 md:grid-cols-3">
        <Field name="mode" label="Ứng viên suy tôn" errors={errorsOf(state, "mode")}>
          {(p) => (
            <select {...p} className={inputClass} defaultValue={valueOf(state, "mode", rule.mode)}>
              {Object.entries(RANKING_VOTE_MODE_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="leaders" label="Số đơn vị dẫn đầu của năm" errors={errorsOf(state, "leaders")}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={50}
              step={1}
              required
              className={inputClass}
              defaultValue={valueOf(state, "leaders", String(rule.leaders))}
            />
          )}
        </Field>
        <Field
          name="onRejection"
          label="Khi hội nghị không tán thành đơn vị được đề xuất"
          hint="Chỉ áp dụng khi ứng viên là các đơn vị xếp hạng cao nhất."
          errors={errorsOf(state, "onRejection")}
        >
          {(p) => (
            <select {...p} className={inputClass} defaultValue={valueOf(state, "onRejection", rule.onRejection)}>
              {Object.entries(ON_REJECTION_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <SubmitButton>Lưu quy tắc suy tôn</SubmitButton>
    </form>
  );
}
