import { ATTENDANCE_STATUS_LABELS } from "@/lib/domain/labels";
import type { ConferenceAttendanceRow } from "@/lib/server/conference/get-conference";

/** Read-only attendance of every member; a member without a row shows "Chưa ghi nhận". */
export function AttendanceTable({ rows }: { rows: ConferenceAttendanceRow[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Điểm danh các cơ quan thành viên</caption>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tình trạng
          </th>
          <th scope="col" className="py-2 font-medium">
            Ghi chú
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agencyId} className="border-b border-stone-100 last:border-0">
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {r.agencyName}
            </th>
            <td className="py-2 pr-2">{r.status ? ATTENDANCE_STATUS_LABELS[r.status] : <span className="text-stone-500">Chưa ghi nhận</span>}</td>
            <td className="py-2">
              {r.status === "REPRESENTED" && <>Đại diện: {r.representativeName}</>}
              {r.status === "ABSENT" && <>Lý do: {r.absenceReason}</>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
