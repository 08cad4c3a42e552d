"use client";

import { useActionState } from "react";
import { ScoringModeFieldset } from "@/components/calendar/scoring-mode-fieldset";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCycleAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";

export function CreateCycleForm({ blocId, year }: { blocId: string; year: number }) {
  const [state, action] = useActionState(createCycleAction, null);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <ScoringModeFieldset value={valueOf(state, "scoringMode", "VERIFICATION")} errors={errorsOf(state, "scoringMode")} />
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang lập…">Lập năm thi đua {year}</SubmitButton>
    </form>
  );
}
