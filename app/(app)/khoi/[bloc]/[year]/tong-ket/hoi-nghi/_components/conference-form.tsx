"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDay } from "@/lib/format";
import type { ConferenceRecord } from "@/lib/server/conference/get-conference";
import { saveConferenceAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { DayInput } from "@/components/ui/day-input";

/** "Thông tin hội nghị": date, place, chair, secretary, agenda (one item per line), notes. */
export function ConferenceForm({ cycleId, meeting }: { cycleId: string; meeting: ConferenceRecord["meeting"] }) {
  const [state, action] = useActionState(saveConferenceAction, null);
  const value = (name: string, stored: string) => valueOf(state, name, stored);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="meetingId" value={meeting?.id ?? ""} />
      <input type="hidden" name="version" value={meeting?.version ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="heldOn"
          label="Ngày họp"
          hint={meeting ? `Đã lưu: ${formatDay(meeting.heldOn)}` : "Định dạng ngày/tháng/năm."}
          errors={errorsOf(state, "heldOn")}
        >
          {(p) => <DayInput {...p} required defaultValue={value("heldOn", meeting?.heldOn ?? "")} />}
        </Field>
        <Field name="place" label="Địa điểm" errors={errorsOf(state, "place")}>
          {(p) => <input {...p} required maxLength={300} defaultValue={value("place", meeting?.place ?? "")} className={inputClass} />}
        </Field>
        <Field name="chairName" label="Chủ trì" hint="Họ tên, chức vụ người chủ trì hội nghị." errors={errorsOf(state, "chairName")}>
          {(p) => <input {...p} required maxLength={200} defaultValue={value("chairName", meeting?.chairName ?? "")} className={inputClass} />}
        </Field>
        <Field name="secretaryName" label="Thư ký" errors={errorsOf(state, "secretaryName")}>
          {(p) => <input {...p} required maxLength={200} defaultValue={value("secretaryName", meeting?.secretaryName ?? "")} className={inputClass} />}
        </Field>
      </div>
      <Field name="agenda" label="Nội dung chương trình" hint="Mỗi nội dung một dòng; tối đa 30 dòng." errors={errorsOf(state, "agenda")}>
        {(p) => <textarea {...p} rows={5} defaultValue={value("agenda", meeting?.agenda.join("\n") ?? "")} className={inputClass} />}
      </Field>
      <Field name="notes" label="Ghi chú" hint="Diễn biến, kết luận của hội nghị (nếu có)." errors={errorsOf(state, "notes")}>
        {(p) => <textarea {...p} rows={3} maxLength={4000} defaultValue={value("notes", meeting?.notes ?? "")} className={inputClass} />}
      </Field>
      <FormMessage state={state} />
      <SubmitButton>{meeting ? "Lưu thông tin hội nghị" : "Ghi nhận hội nghị"}</SubmitButton>
    </form>
  );
}
