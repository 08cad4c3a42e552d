import type { Metadata } from "next";
import Link from "next/link";
import { Programme } from "@/components/setup/programme";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { findCycleSettings } from "@/lib/server/cycles/find-cycle-settings";
import { findKeyTaskForms } from "@/lib/server/cycles/find-key-task-forms";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { KeyTaskSection } from "./_components/key-task-section";
import { ProgrammeForm } from "./_components/programme-form";

export const metadata: Metadata = { title: "Chương trình thi đua" };

export default async function ProgrammePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [user, settings, keyTasks] = await Promise.all([requireUser(), findCycleSettings(data.bloc.id, data.year), findKeyTaskForms(data.bloc.id, data.year)]);
  const base = `/khoi/${data.bloc.code}/${data.year}`;

  if (!settings) {
    return (
      <Card title={`Chương trình thi đua năm ${data.year}`}>
        <EmptyState>
          Khối chưa lập năm thi đua {data.year}.{" "}
          <Link href={`${base}/thiet-lap/lich`} className="text-brand-800 underline">
            Lập năm thi đua và lịch các giai đoạn
          </Link>{" "}
          trước.
        </EmptyState>
      </Card>
    );
  }

  // An agency's own list first, so its leader or officer finds it without scrolling.
  const ordered = [...keyTasks.filter((f) => f.canEdit || f.closedReason), ...keyTasks.filter((f) => !(f.canEdit || f.closedReason))];
  const canManage = can(user, "cycle:manage", { blocId: data.bloc.id });
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`${base}/thiet-lap`} className="text-brand-800 underline">
          ← Thiết lập khối
        </Link>
      </p>
      <Card title={`Chương trình thi đua năm ${data.year}`}>
        {canManage ? (
          <ProgrammeForm
            cycleId={settings.cycleId}
            updatedAt={settings.updatedAt}
            theme={settings.theme}
            movements={settings.movements}
            legalBases={settings.legalBases}
          />
        ) : (
          <Programme cycle={data.cycle} year={data.year} />
        )}
      </Card>
      <Card title={`Nhiệm vụ trọng tâm của các cơ quan năm ${data.year}`}>
        {ordered.length === 0 ? (
          <EmptyState>Khối chưa có cơ quan thành viên nào trong năm {data.year}.</EmptyState>
        ) : (
          <div className="space-y-4">
            {ordered.map((f) => (
              <KeyTaskSection key={f.agencyId} cycleId={settings.cycleId} form={f} />
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
