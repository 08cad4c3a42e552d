"use client";

import { useActionState } from "react";
import { ScoringModeFieldset } from "@/components/calendar/scoring-mode-fieldset";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

/** Opens a year of the bloc: any past year (history) up to next year. */
export function CreateYearForm({
  blocId,
  suggested,
  maxYear,
  action,
}: {
  blocId: string;
  suggested: number;
  maxYear: number;
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
}) {
  const [state, formAction] = useActionState(action, null);
  const yearErrors = errorsOf(state, "year") ?? [];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <div>
        <label htmlFor="new-year" className="block text-sm font-medium">
          Năm thi đua{" "}
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        </label>
        <input
          id="new-year"
          name="year"
          type="number"
          inputMode="numeric"
          min={1945}
          max={maxYear}
          required
          defaultValue={valueOf(state, "year", String(suggested))}
          aria-invalid={yearErrors.length > 0}
          aria-describedby={yearErrors.length > 0 ? "new-year-error" : "new-year-hint"}
          className="mt-1 w-32 rounded border border-stone-300 px-3 py-2"
        />
        <p id="new-year-hint" className="mt-1 text-xs text-stone-600">
          Năm đã qua (để ghi lại lịch sử của khối) hoặc năm tới, tối đa {maxYear}.
        </p>
        {yearErrors.length > 0 && (
          <p id="new-year-error" className="mt-1 text-sm text-red-700">
            {yearErrors.join(" ")}
          </p>
        )}
      </div>
      <ScoringModeFieldset value={valueOf(state, "scoringMode", "VERIFICATION")} errors={errorsOf(state, "scoringMode")} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang lập…">Lập năm thi đua</SubmitButton>
    </form>
  );
}
