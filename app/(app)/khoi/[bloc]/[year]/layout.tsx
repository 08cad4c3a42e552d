import { BlocSwitcher } from "@/components/shell/bloc-switcher";
import { PhaseBanner } from "@/components/calendar/phase-banner";
import { WorkflowNav } from "@/components/shell/workflow-nav";
import { can } from "@/lib/domain/permissions";
import { todayInVietnam } from "@/lib/server/clock";
import { BLOC_KIND_LABELS, LEVEL_LABELS } from "@/lib/domain/labels";
import { requireUser } from "@/lib/server/auth/current-user";
import { findBlocSwitch } from "@/lib/server/blocs/find-bloc-switch";
import { loadBlocYear, type BlocYearParams } from "./load";

export default async function BlocYearLayout({ children, params }: { children: React.ReactNode; params: BlocYearParams }) {
  const { bloc: code, year } = await params;
  const data = await loadBlocYear(code, year);
  const user = await requireUser();
  const choices = await findBlocSwitch(user, data.bloc.code);
  const base = `/khoi/${data.bloc.code}/${data.year}`;
  return (
    <>
      <div className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-4 gap-y-2 px-4 py-2 sm:py-4">
          <div>
            <p className="hidden text-xs uppercase tracking-wide text-stone-500 sm:block">
              {BLOC_KIND_LABELS[data.bloc.kind]} · {LEVEL_LABELS[data.bloc.level]}
              {data.bloc.province ? ` · ${data.bloc.province}` : ""}
            </p>
            <h1 className="text-lg font-bold sm:text-xl">{data.bloc.name}</h1>
            <p className="text-sm text-stone-600">Năm thi đua {data.year}</p>
          </div>
          <BlocSwitcher blocs={choices.blocs} years={choices.years} code={data.bloc.code} year={data.year} section="" />
        </div>
      </div>
      <WorkflowNav base={base} showAudit={can(user, "audit:read", { blocId: data.bloc.id })} />
      <div className="no-print border-b border-stone-200 bg-stone-100">
        <div className="mx-auto max-w-6xl px-4 py-2 text-sm">
          <PhaseBanner phases={data.phases} today={todayInVietnam()} />
        </div>
      </div>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
