import type { Metadata } from "next";
import { MeetingDetails } from "@/components/conference/meeting-details";
import { Card, EmptyState } from "@/components/ui/card";
import { MEETING_KIND_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import { findMeetings } from "@/lib/server/conference/find-meetings";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Tổng kết & bình xét" };

export default async function ConferencePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const { meetings, memberCount } = await findMeetings(data.bloc.id, data.year);

  if (meetings.length === 0) {
    return (
      <Card title="Hội nghị của khối">
        <EmptyState>Chưa có hội nghị nào của khối trong năm thi đua {data.year}.</EmptyState>
      </Card>
    );
  }
  return (
    <div className="space-y-5">
      {meetings.map((m) => (
        <Card key={m.id} title={`${MEETING_KIND_LABELS[m.kind] ?? m.kind} ngày ${formatDay(m.heldOn)}`}>
          <MeetingDetails meeting={m} memberCount={memberCount} />
        </Card>
      ))}
    </div>
  );
}
