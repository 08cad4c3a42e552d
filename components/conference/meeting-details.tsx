import { formatDay } from "@/lib/format";
import type { MeetingRow } from "@/lib/server/conference/find-meetings";
import { AttendanceSummary } from "./attendance-summary";
import { VoteList } from "./vote-list";

export function MeetingDetails({ meeting, memberCount }: { meeting: MeetingRow; memberCount: number }) {
  return (
    <div className="space-y-4 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[9rem_1fr]">
        <dt className="text-stone-500">Ngày họp</dt>
        <dd className="tabular-nums">{formatDay(meeting.heldOn)}</dd>
        <dt className="text-stone-500">Địa điểm</dt>
        <dd>{meeting.place}</dd>
        <dt className="text-stone-500">Chủ trì</dt>
        <dd>{meeting.chairName}</dd>
        <dt className="text-stone-500">Thư ký</dt>
        <dd>{meeting.secretaryName ?? "—"}</dd>
        <dt className="text-stone-500">Thành phần</dt>
        <dd>
          <AttendanceSummary attendance={meeting.attendance} memberCount={memberCount} />
        </dd>
      </dl>
      {meeting.agenda.length > 0 && (
        <div>
          <h3 className="font-medium text-stone-500">Chương trình</h3>
          <ol className="mt-1 list-inside list-decimal space-y-0.5">
            {meeting.agenda.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </div>
      )}
      {meeting.notes && <p className="text-stone-600">{meeting.notes}</p>}
      <div>
        <h3 className="font-medium text-stone-500">Bỏ phiếu</h3>
        <div className="mt-1">
          <VoteList votes={meeting.votes} />
        </div>
      </div>
    </div>
  );
}
