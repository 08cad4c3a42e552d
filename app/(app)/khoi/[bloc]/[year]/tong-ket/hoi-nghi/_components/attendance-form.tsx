"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ATTENDANCE_STATUS_LABELS } from "@/lib/domain/labels";
import type { ConferenceAttendanceRow } from "@/lib/server/conference/get-conference";
import { saveAttendanceAction } from "../actions";
import { errorsOf, valueOf } from "@/lib/forms/action-state";
import { ScrollTable } from "@/components/ui/scroll-table";

const cellInput = "w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((e) => (
        <p key={e} className="mt-1 text-xs text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

/** "Điểm danh": one row per member agency, saved together. */
export function AttendanceForm({ meetingId, version, rows }: { meetingId: string; version: string; rows: ConferenceAttendanceRow[] }) {
  const [state, action] = useActionState(saveAttendanceAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <ScrollTable caption="Điểm danh các cơ quan thành viên">
        <thead>
          <tr className="border-b border-stone-200 text-left text-stone-500">
            <th scope="col" className="py-2 pr-2 font-medium">
              Cơ quan
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Tình trạng
            </th>
            <th scope="col" className="py-2 pr-2 font-medium">
              Người đại diện
            </th>
            <th scope="col" className="py-2 font-medium">
              Lý do vắng
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const names = { status: `status.${r.agencyId}`, rep: `rep.${r.agencyId}`, reason: `reason.${r.agencyId}` };
            const errs = { status: errorsOf(state, names.status), rep: errorsOf(state, names.rep), reason: errorsOf(state, names.reason) };
            return (
              <tr key={r.agencyId} className="border-b border-stone-100 align-top last:border-0">
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  {r.agencyName}
                </th>
                <td className="py-2 pr-2">
                  <label htmlFor={`f-${names.status}`} className="sr-only">{`Tình trạng — ${r.agencyName}`}</label>
                  <select
                    id={`f-${names.status}`}
                    name={names.status}
                    required
                    defaultValue={valueOf(state, names.status, r.status ?? "")}
                    aria-invalid={errs.status ? true : undefined}
                    aria-describedby={`f-${names.status}-error`}
                    className={cellInput}
                  >
                    <option value="">— Chưa ghi nhận —</option>
                    {(["PRESENT", "REPRESENTED", "ABSENT"] as const).map((s) => (
                      <option key={s} value={s}>
                        {ATTENDANCE_STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                  <Errors id={`f-${names.status}-error`} errors={errs.status} />
                </td>
                <td className="py-2 pr-2">
                  <label htmlFor={`f-${names.rep}`} className="sr-only">{`Người đại diện — ${r.agencyName}`}</label>
                  <input
                    id={`f-${names.rep}`}
                    name={names.rep}
                    maxLength={200}
                    placeholder="Khi cử đại diện"
                    defaultValue={valueOf(state, names.rep, r.representativeName ?? "")}
                    aria-invalid={errs.rep ? true : undefined}
                    aria-describedby={`f-${names.rep}-error`}
                    className={cellInput}
                  />
                  <Errors id={`f-${names.rep}-error`} errors={errs.rep} />
                </td>
                <td className="py-2">
                  <label htmlFor={`f-${names.reason}`} className="sr-only">{`Lý do vắng — ${r.agencyName}`}</label>
                  <input
                    id={`f-${names.reason}`}
                    name={names.reason}
                    maxLength={500}
                    placeholder="Khi vắng mặt"
                    defaultValue={valueOf(state, names.reason, r.absenceReason ?? "")}
                    aria-invalid={errs.reason ? true : undefined}
                    aria-describedby={`f-${names.reason}-error`}
                    className={cellInput}
                  />
                  <Errors id={`f-${names.reason}-error`} errors={errs.reason} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <p className="text-xs text-stone-500">Người đại diện chỉ lưu khi chọn “Cử đại diện”; lý do vắng chỉ lưu khi chọn “Vắng”.</p>
      <FormMessage state={state} />
      <SubmitButton>Lưu điểm danh</SubmitButton>
    </form>
  );
}
