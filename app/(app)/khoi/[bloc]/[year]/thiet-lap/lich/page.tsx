import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { calendarBounds, defaultPhaseDates } from "@/lib/domain/calendar";
import { isoToVn, PHASE_KEYS, PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { SCORING_MODE_LABELS } from "@/lib/domain/labels";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { todayInVietnam } from "@/lib/server/clock";
import { findCycleSettings } from "@/lib/server/cycles/find-cycle-settings";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { CreateCycleForm } from "./_components/create-cycle-form";
import { PhasesForm } from "./_components/phases-form";
import { PhaseTable } from "./_components/phase-table";

export const metadata: Metadata = { title: "Lịch các giai đoạn" };

export default async function CalendarPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [user, settings] = await Promise.all([requireUser(), findCycleSettings(data.bloc.id, data.year)]);
  const canManage = can(user, "calendar:manage", { blocId: data.bloc.id });
  const today = todayInVietnam();
  const base = `/khoi/${data.bloc.code}/${data.year}`;

  if (!settings) {
    return (
      <Card title={`Lập năm thi đua ${data.year}`}>
        {canManage ? (
          <div className="space-y-4 text-sm">
            <p>Khối chưa có lịch cho năm {data.year}. Khi lập năm thi đua, chín giai đoạn được điền sẵn theo lịch mặc định dưới đây; bạn điều chỉnh lại sau.</p>
            <ul className="list-inside list-disc text-stone-700">
              {defaultPhaseDates(data.year).map((p) => (
                <li key={p.key}>
                  {PHASE_LABELS[p.key]}: {isoToVn(p.opensOn)} – {isoToVn(p.closesOn)}
                </li>
              ))}
            </ul>
            <CreateCycleForm blocId={data.bloc.id} year={data.year} />
          </div>
        ) : (
          <EmptyState>
            Khối chưa lập năm thi đua {data.year}. Thư ký khối, Trưởng khối hoặc cán bộ Hội đồng Thi đua – Khen thưởng sẽ lập lịch các giai đoạn.
          </EmptyState>
        )}
      </Card>
    );
  }

  const bounds = calendarBounds(settings.year);
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`${base}/thiet-lap`} className="text-brand-800 underline">
          ← Thiết lập khối
        </Link>
      </p>
      <Card title={`Lịch các giai đoạn năm ${settings.year}`}>
        <p className="mb-3 text-sm text-stone-600">
          Cách chấm điểm: <strong>{SCORING_MODE_LABELS[settings.scoringMode]}</strong>
        </p>
        <PhaseTable phases={settings.phases} today={today} canReopen={can(user, "phase:reopen", { blocId: data.bloc.id })} />
      </Card>
      {canManage && (
        <Card title="Đặt lịch các giai đoạn">
          <PhasesForm
            cycleId={settings.cycleId}
            updatedAt={settings.updatedAt}
            scoringMode={settings.scoringMode}
            scoringModeLockedReason={settings.scoringModeLockedReason}
            phases={completePhases(settings)}
            bounds={`${isoToVn(bounds.from)} – ${isoToVn(bounds.to)}`}
            hasUnsavedDefaults={settings.phases.length < PHASE_KEYS.length}
          />
        </Card>
      )}
    </div>
  );
}

/** The nine rows of the form: stored dates where they exist, the default template for a missing phase. */
function completePhases(settings: NonNullable<Awaited<ReturnType<typeof findCycleSettings>>>) {
  return defaultPhaseDates(settings.year).map((d) => settings.phases.find((p) => p.key === d.key) ?? d);
}
