import type { Metadata } from "next";
import { MemberList } from "@/components/bloc/member-list";
import { PhaseCalendar } from "@/components/bloc/phase-calendar";
import { BlocInfo } from "@/components/setup/bloc-info";
import { KeyTaskList } from "@/components/setup/key-task-list";
import { LineageTable } from "@/components/setup/lineage-table";
import { OfficerHistory } from "@/components/setup/officer-history";
import { Programme } from "@/components/setup/programme";
import { Card } from "@/components/ui/card";
import { todayInVietnam } from "@/lib/server/clock";
import { findAgencyLineage } from "@/lib/server/setup/find-agency-lineage";
import { findKeyTasks } from "@/lib/server/setup/find-key-tasks";
import { findOfficerHistory } from "@/lib/server/setup/find-officer-history";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Thiết lập khối" };

export default async function SetupPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [lineage, officers, keyTasks] = await Promise.all([
    findAgencyLineage(data.bloc.id, data.year),
    findOfficerHistory(data.bloc.id),
    findKeyTasks(data.bloc.id, data.year),
  ]);

  return (
    <div className="space-y-5">
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Thông tin khối">
          <BlocInfo bloc={data.bloc} />
        </Card>
        <Card title={`Chương trình thi đua năm ${data.year}`}>
          <Programme cycle={data.cycle} year={data.year} />
        </Card>
      </div>
      <Card title={`Cơ quan thành viên năm ${data.year} (${data.members.length})`}>
        <MemberList members={data.members} year={data.year} />
      </Card>
      <Card title="Sắp xếp, hợp nhất, đổi tên cơ quan">
        <LineageTable rows={lineage} year={data.year} />
      </Card>
      <Card title="Trưởng khối, Phó khối qua các năm">
        <OfficerHistory terms={officers} />
      </Card>
      <Card title={`Lịch các giai đoạn năm ${data.year}`}>
        <PhaseCalendar phases={data.phases} today={todayInVietnam()} />
      </Card>
      <Card title={`Nhiệm vụ trọng tâm của các cơ quan năm ${data.year}`}>
        <KeyTaskList groups={keyTasks} year={data.year} />
      </Card>
    </div>
  );
}
