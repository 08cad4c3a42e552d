import type { Metadata } from "next";
import Link from "next/link";
import { MemberList } from "@/components/bloc/member-list";
import { Card, EmptyState } from "@/components/ui/card";
import { cycleStatus, PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { OFFICER_ROLE_LABELS } from "@/lib/domain/labels";
import { nextSteps } from "@/lib/domain/next-steps";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { formatDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";
import { loadBlocYear, type BlocYearParams } from "./load";

export const metadata: Metadata = { title: "Tổng quan" };

export default async function DashboardPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const today = todayInVietnam();
  const status = cycleStatus(data.phases, today);
  const steps = nextSteps(data.myRoles, status.open);

  return (
    <div className="grid gap-5 lg:grid-cols-3">
      <div className="space-y-5 lg:col-span-2">
        <Card title="Giai đoạn hiện tại">
          {data.phases.length === 0 ? (
            <EmptyState>Chưa đặt lịch cho năm {data.year}.</EmptyState>
          ) : status.open.length > 0 ? (
            <ul className="flex flex-wrap gap-2" data-testid="open-phases">
              {status.open.map((k) => (
                <li key={k} className="rounded bg-green-100 px-3 py-1 text-sm font-medium text-green-900">
                  {PHASE_LABELS[k]}
                </li>
              ))}
            </ul>
          ) : status.isFinished ? (
            <p data-testid="open-phases">Các giai đoạn của năm {data.year} đã kết thúc.</p>
          ) : (
            <p data-testid="open-phases">
              Hiện không có giai đoạn nào đang mở
              {status.next && (
                <>
                  {" "}
                  — giai đoạn tiếp theo: <strong>{PHASE_LABELS[status.next.key]}</strong> từ {formatDay(status.next.opensOn)}
                </>
              )}
              .
            </p>
          )}
          {data.cycle?.theme && <p className="mt-3 text-sm text-stone-600">Chủ đề thi đua: “{data.cycle.theme}”</p>}
          {data.cycle?.isDemoData && <p className="mt-2 text-xs text-amber-700">Năm này là dữ liệu minh họa (demo).</p>}
        </Card>

        <Card title="Việc cần làm">
          {data.myRoles.length > 0 && (
            <p className="mb-2 text-sm text-stone-600">Vai trò của bạn trong khối: {data.myRoles.map((r) => ROLE_LABELS[r]).join(", ")}</p>
          )}
          {steps.length === 0 ? (
            <EmptyState>Không có việc nào đến hạn với vai trò của bạn trong giai đoạn này.</EmptyState>
          ) : (
            <ul className="list-inside list-disc space-y-1 text-sm" data-testid="next-steps">
              {steps.map((s) => (
                <li key={s.text}>
                  <span className="font-medium">{PHASE_LABELS[s.phase]}:</span>{" "}
                  <Link href={`/khoi/${data.bloc.code}/${data.year}${s.path}`} className="text-brand-700 underline">
                    {s.text}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={`Cơ quan thành viên (${data.members.length})`}>
          <MemberList members={data.members} year={data.year} />
        </Card>
      </div>

      <div className="space-y-5">
        <Card title="Hạn sắp tới">
          {status.deadlines.length === 0 ? (
            <EmptyState>Không còn hạn nào trong năm {data.year}.</EmptyState>
          ) : (
            <ul className="space-y-2 text-sm" data-testid="deadlines">
              {status.deadlines.slice(0, 6).map((d) => (
                <li key={`${d.key}-${d.kind}`} className="flex justify-between gap-2">
                  <span>
                    {d.kind === "CLOSES" ? "Hết hạn" : "Bắt đầu"}: {PHASE_LABELS[d.key]}
                  </span>
                  <span className="tabular-nums font-medium">{formatDay(d.on)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Trưởng khối, Phó khối">
          {data.officers.length === 0 ? (
            <EmptyState>Chưa ghi nhận Trưởng khối, Phó khối cho năm {data.year}.</EmptyState>
          ) : (
            <dl className="space-y-2 text-sm">
              {data.officers.map((o) => (
                <div key={`${o.role}-${o.startsOn}`}>
                  <dt className="text-stone-500">
                    {OFFICER_ROLE_LABELS[o.role]} ({formatDay(o.startsOn)} – {formatDay(o.endsOn)})
                  </dt>
                  <dd className="font-medium">
                    {o.agencyName}
                    {o.personName ? ` — ${o.personName}` : ""}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </Card>
      </div>
    </div>
  );
}
