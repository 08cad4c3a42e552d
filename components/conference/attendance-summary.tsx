import { formatNumber } from "@/lib/format";
import type { MeetingRow } from "@/lib/server/conference/find-meetings";

export function AttendanceSummary({ attendance, memberCount }: { attendance: MeetingRow["attendance"]; memberCount: number }) {
  const recorded = attendance.present + attendance.represented + attendance.absent;
  if (recorded === 0) return <p className="text-stone-500">Chưa điểm danh.</p>;
  const missing = memberCount - recorded;
  return (
    <p>
      Có mặt <strong className="tabular-nums">{formatNumber(attendance.present)}</strong> · Cử đại diện{" "}
      <strong className="tabular-nums">{formatNumber(attendance.represented)}</strong> · Vắng{" "}
      <strong className="tabular-nums">{formatNumber(attendance.absent)}</strong> trên tổng số <span className="tabular-nums">{formatNumber(memberCount)}</span>{" "}
      cơ quan thành viên
      {missing > 0 && <span className="text-stone-500"> (chưa điểm danh {formatNumber(missing)})</span>}.
    </p>
  );
}
