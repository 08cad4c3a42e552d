"use client";

import { useActionState } from "react";
import { errorsOf, valueOf, valuesOf, type ActionState } from "@/lib/forms/action-state";
import { ScopedField } from "@/components/ui/scoped-field";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { recordSigningMeetingAction } from "../actions";
import { DayInput } from "@/components/ui/day-input";

export interface MeetingValues {
  id: string | null;
  heldOn: string;
  place: string;
  chairName: string;
  presentAgencyIds: string[];
}

/** The signing conference: day, place, chair and which members were present. */
export function MeetingForm({ pledgeId, initial, members }: { pledgeId: string; initial: MeetingValues; members: { agencyId: string; name: string }[] }) {
  const [state, action] = useActionState<ActionState, FormData>(recordSigningMeetingAction, null);
  const v = (name: keyof Omit<MeetingValues, "presentAgencyIds">) => valueOf(state, name, initial[name] ?? "");
  const present = valuesOf(state, "presentAgencyIds", initial.presentAgencyIds);
  const presentErrors = errorsOf(state, "presentAgencyIds");
  const f = (name: string) => ({ scope: "meeting", name, errors: errorsOf(state, name) });
  return (
    <form action={action} noValidate className="grid gap-4">
      <input type="hidden" name="pledgeId" value={pledgeId} />
      <input type="hidden" name="meetingId" value={initial.id ?? ""} />
      <div className="grid gap-3 sm:grid-cols-3">
        <ScopedField {...f("heldOn")} label="Ngày hội nghị">
          {(p) => <DayInput {...p} required defaultValue={v("heldOn")} />}
        </ScopedField>
        <ScopedField {...f("place")} label="Địa điểm">
          {(p) => <input {...p} required defaultValue={v("place")} maxLength={300} className={inputClass} />}
        </ScopedField>
        <ScopedField {...f("chairName")} label="Người chủ trì">
          {(p) => <input {...p} required defaultValue={v("chairName")} maxLength={200} className={inputClass} />}
        </ScopedField>
      </div>
      <fieldset aria-describedby={presentErrors ? "meeting-present-error" : undefined}>
        <legend className="text-sm font-medium">Cơ quan có mặt</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <label key={m.agencyId} className="flex items-start gap-2 text-sm">
              <input type="checkbox" name="presentAgencyIds" value={m.agencyId} defaultChecked={present.includes(m.agencyId)} className="mt-1" />
              <span>{m.name}</span>
            </label>
          ))}
        </div>
        <div id="meeting-present-error" aria-live="polite">
          {presentErrors?.map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </fieldset>
      <FormMessage state={state} />
      <div>
        <SubmitButton>Lưu hội nghị ký kết</SubmitButton>
      </div>
    </form>
  );
}
