import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceTable } from "@/components/conference/attendance-table";
import { QuorumLine } from "@/components/conference/quorum-line";
import { Card, EmptyState } from "@/components/ui/card";
import { checkPhaseOpen } from "@/lib/domain/cycle-phase";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { getConference } from "@/lib/server/conference/get-conference";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { AttendanceForm } from "./_components/attendance-form";
import { ConferenceForm } from "./_components/conference-form";

export const metadata: Metadata = { title: "Hội nghị tổng kết" };

export default async function ConferenceRecordPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const record = await getConference(data.bloc.id, data.year);
  const base = `/khoi/${data.bloc.code}/${data.year}`;
  const phase = checkPhaseOpen(data.phases, "CONFERENCE", todayInVietnam());
  const editable = record.canManage && phase.open && record.cycleId !== null;
  const m = record.meeting;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`${base}/tong-ket`} className="text-brand-800 underline">
          ← Tổng kết & bình xét
        </Link>
      </p>
      {record.canManage && !phase.open && (
        <p role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {phase.reason}
        </p>
      )}
      <Card
        title="Thông tin hội nghị"
        actions={
          m && (
            <Link href={`${base}/tong-ket/hoi-nghi/bien-ban`} className="text-sm font-medium text-brand-700 hover:underline">
              Biên bản hội nghị
            </Link>
          )
        }
      >
        {record.cycleId === null ? (
          <EmptyState>Khối chưa lập năm thi đua {data.year}.</EmptyState>
        ) : editable ? (
          <ConferenceForm cycleId={record.cycleId} meeting={m} />
        ) : m ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[11rem_1fr]">
            <dt className="text-stone-500">Ngày họp</dt>
            <dd className="tabular-nums">{formatDay(m.heldOn)}</dd>
            <dt className="text-stone-500">Địa điểm</dt>
            <dd>{m.place}</dd>
            <dt className="text-stone-500">Chủ trì</dt>
            <dd>{m.chairName}</dd>
            <dt className="text-stone-500">Thư ký</dt>
            <dd>{m.secretaryName ?? "—"}</dd>
            <dt className="text-stone-500">Nội dung chương trình</dt>
            <dd>
              {m.agenda.length > 0 ? (
                <ol className="list-inside list-decimal">
                  {m.agenda.map((a, i) => (
                    <li key={i}>{a}</li>
                  ))}
                </ol>
              ) : (
                "—"
              )}
            </dd>
            {m.notes && (
              <>
                <dt className="text-stone-500">Ghi chú</dt>
                <dd className="whitespace-pre-line">{m.notes}</dd>
              </>
            )}
          </dl>
        ) : (
          <EmptyState>Hội nghị tổng kết năm {data.year} chưa được ghi nhận.</EmptyState>
        )}
      </Card>
      <Card title="Điểm danh">
        {record.attendance.length === 0 ? (
          <EmptyState>Khối chưa có cơ quan thành viên nào trong năm {data.year}.</EmptyState>
        ) : !m ? (
          <EmptyState>Ghi nhận thông tin hội nghị trước, rồi điểm danh các cơ quan thành viên.</EmptyState>
        ) : (
          <div className="space-y-3">
            <QuorumLine quorum={record.quorum} />
            {editable ? (
              <AttendanceForm meetingId={m.id} version={record.attendanceVersion} rows={record.attendance} />
            ) : (
              <AttendanceTable rows={record.attendance} />
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
