"use client";

import { useActionState } from "react";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
interface Option {
  id: string;
  name: string;
}
export interface ActivityFormValues {
  id: string;
  version: number;
  kind: string;
  title: string;
  organiserId: string;
  startsOn: string;
  endsOn: string | null;
  description: string | null;
  criterionCode: string | null;
}

/** A new activity or contest of the year, or an existing one edited (`activity` given). */
export function ActivityForm({
  action,
  cycleId,
  organisers,
  criteria,
  activity,
}: {
  action: Action;
  cycleId: string;
  organisers: Option[];
  criteria: { code: string; name: string }[];
  activity?: ActivityFormValues;
}) {
  const [state, formAction] = useActionState(action, null);
  const key = activity ? `a-${activity.id}` : "new-activity";
  const v = (name: string, fallback: string | null | undefined) => valueOf(state, name, fallback ?? "");
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-2" aria-label={activity ? `Sửa hoạt động ${activity.title}` : "Ghi hoạt động mới"}>
      <input type="hidden" name="cycleId" value={cycleId} />
      {activity && <input type="hidden" name="activityId" value={activity.id} />}
      {activity && <input type="hidden" name="version" value={activity.version} />}
      <Field name={`${key}-title`} label="Tên hoạt động" errors={errorsOf(state, "title")}>
        {(p) => <input {...p} name="title" required maxLength={300} defaultValue={v("title", activity?.title)} className={inputClass} />}
      </Field>
      <Field name={`${key}-kind`} label="Loại" errors={errorsOf(state, "kind")}>
        {(p) => (
          <select {...p} name="kind" required defaultValue={v("kind", activity?.kind ?? "CONTEST")} className={inputClass}>
            <option value="CONTEST">Hội thi</option>
            <option value="JOINT">Hoạt động chung</option>
          </select>
        )}
      </Field>
      <Field name={`${key}-organiser`} label="Cơ quan tổ chức" errors={errorsOf(state, "organiserId")}>
        {(p) => (
          <select {...p} name="organiserId" required defaultValue={v("organiserId", activity?.organiserId ?? organisers[0]?.id)} className={inputClass}>
            {organisers.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name={`${key}-criterion`}
        label="Tiêu chí nhận điểm (nếu có)"
        hint="Điểm của cơ quan tham gia được đề xuất làm điểm tự chấm của tiêu chí này."
        errors={errorsOf(state, "criterionCode")}
      >
        {(p) => (
          <select {...p} name="criterionCode" defaultValue={v("criterionCode", activity?.criterionCode)} className={inputClass}>
            <option value="">Không gắn tiêu chí</option>
            {criteria.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} — {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name={`${key}-starts`} label="Ngày bắt đầu" errors={errorsOf(state, "startsOn")}>
        {(p) => <DayInput {...p} name="startsOn" required defaultValue={v("startsOn", activity?.startsOn)} />}
      </Field>
      <Field name={`${key}-ends`} label="Ngày kết thúc" errors={errorsOf(state, "endsOn")}>
        {(p) => <DayInput {...p} name="endsOn" defaultValue={v("endsOn", activity?.endsOn)} />}
      </Field>
      <div className="sm:col-span-2">
        <Field name={`${key}-description`} label="Nội dung" errors={errorsOf(state, "description")}>
          {(p) => (
            <textarea {...p} name="description" rows={3} maxLength={4000} defaultValue={v("description", activity?.description)} className={inputClass} />
          )}
        </Field>
      </div>
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <SubmitButton>{activity ? "Lưu hoạt động" : "Ghi hoạt động"}</SubmitButton>
      </div>
    </form>
  );
}
