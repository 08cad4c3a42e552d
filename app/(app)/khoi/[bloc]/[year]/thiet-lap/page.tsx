import type { Metadata } from "next";
import Link from "next/link";
import { MemberList } from "@/components/bloc/member-list";
import { PhaseCalendar } from "@/components/bloc/phase-calendar";
import { BlocInfo } from "@/components/setup/bloc-info";
import { KeyTaskList } from "@/components/setup/key-task-list";
import { LineageTable } from "@/components/setup/lineage-table";
import { OfficerHistory } from "@/components/setup/officer-history";
import { Programme } from "@/components/setup/programme";
import { SetupNav } from "@/components/setup/setup-nav";
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

  const base = `/khoi/${data.bloc.code}/${data.year}/thiet-lap`;
  const link = (path: string, label: string) => (
    <Link href={`${base}${path}`} className="no-print text-sm font-medium text-brand-700 hover:underline">
      {label}
    </Link>
  );
  return (
    <div className="space-y-5">
      <SetupNav base={base} current="tong-quan" />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title="Thông tin khối" actions={link("/khoi", "Sửa thông tin khối")}>
          <BlocInfo bloc={data.bloc} />
        </Card>
        <Card title={`Chương trình thi đua năm ${data.year}`} actions={link("/chuong-trinh", "Chương trình, nhiệm vụ")}>
          <Programme cycle={data.cycle} year={data.year} />
        </Card>
      </div>
      <Card title={`Cơ quan thành viên năm ${data.year} (${data.members.length})`} actions={link("/thanh-vien", "Quản lý thành viên")}>
        <MemberList members={data.members} year={data.year} />
      </Card>
      <Card title="Sắp xếp, hợp nhất, đổi tên cơ quan" actions={link("/thanh-vien", "Ghi nhận thay đổi")}>
        <LineageTable rows={lineage} year={data.year} />
      </Card>
      <Card title="Trưởng khối, Phó khối qua các năm" actions={link("/truong-khoi", "Ghi nhận Trưởng khối, Phó khối")}>
        <OfficerHistory terms={officers} />
      </Card>
      <Card title={`Lịch các giai đoạn năm ${data.year}`} actions={link("/lich", "Đặt lịch, mở lại giai đoạn")}>
        <PhaseCalendar phases={data.phases} today={todayInVietnam()} />
      </Card>
      <Card title={`Nhiệm vụ trọng tâm của các cơ quan năm ${data.year}`} actions={link("/chuong-trinh", "Cập nhật nhiệm vụ")}>
        <KeyTaskList groups={keyTasks} year={data.year} />
      </Card>
    </div>
  );
}
