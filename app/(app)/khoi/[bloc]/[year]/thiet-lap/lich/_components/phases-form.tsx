"use client";

import { useActionState } from "react";
import { ScoringModeFieldset } from "@/components/calendar/scoring-mode-fieldset";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PHASE_LABELS, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { savePhasesAction } from "../actions";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

interface Props {
  cycleId: string;
  updatedAt: string;
  scoringMode: string;
  scoringModeLockedReason: string | null;
  phases: PhaseWindow[];
  bounds: string;
  /** Some phases are not stored yet: their rows show the default timetable, saved only with this form. */
  hasUnsavedDefaults: boolean;
}

/** All nine phases' dates in one form, saved together (nothing half-saved). */
export function PhasesForm({ cycleId, updatedAt, scoringMode, scoringModeLockedReason, phases, bounds, hasUnsavedDefaults }: Props) {
  const [state, action] = useActionState(savePhasesAction, null);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      {hasUnsavedDefaults && (
        <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Một số giai đoạn chưa có lịch: các ô đang điền sẵn theo lịch mặc định và chỉ được lưu khi bạn bấm “Lưu lịch”.
        </p>
      )}
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-stone-600">Mỗi giai đoạn cần từ ngày và đến ngày, trong khoảng {bounds}.</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="py-2 pr-2 font-medium">
              Giai đoạn
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Từ ngày
            </th>
            <th scope="col" className="py-2 font-medium">
              Đến ngày
            </th>
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.key} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {PHASE_LABELS[p.key]}
              </th>
              <td className="py-2 pr-2">
                <DateCell state={state} name={`phases.${p.key}.opensOn`} label={`Từ ngày – ${PHASE_LABELS[p.key]}`} stored={p.opensOn} />
              </td>
              <td className="py-2">
                <DateCell state={state} name={`phases.${p.key}.closesOn`} label={`Đến ngày – ${PHASE_LABELS[p.key]}`} stored={p.closesOn} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScoringModeFieldset value={valueOf(state, "scoringMode", scoringMode)} lockedReason={scoringModeLockedReason} errors={errorsOf(state, "scoringMode")} />
      <FormMessage state={state} />
      <SubmitButton>Lưu lịch</SubmitButton>
    </form>
  );
}

function DateCell({ state, name, label, stored }: { state: ActionState; name: string; label: string; stored: string }) {
  const id = `f-${name}`;
  const errors = errorsOf(state, name);
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <DayInput
        id={id}
        name={name}
        required
        defaultValue={valueOf(state, name, stored)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}
