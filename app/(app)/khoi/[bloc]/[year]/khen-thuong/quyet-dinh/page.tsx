import type { Metadata } from "next";
import Link from "next/link";
import { DecisionList } from "@/components/awards/decision-list";
import { Card, EmptyState } from "@/components/ui/card";
import { findDecisions } from "@/lib/server/awards/find-decisions";
import { awardHistoryAccess } from "@/lib/server/decisions/award-history-access";
import { findDecidableNominations } from "@/lib/server/decisions/find-decidable-nominations";
import { sortVi } from "@/lib/format";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { CancelDecisionForm } from "./_components/cancel-decision-form";
import { RecordDecisionForm } from "./_components/record-decision-form";

export const metadata: Metadata = { title: "Quyết định khen thưởng" };

export default async function DecisionsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const [decisions, access, form] = await Promise.all([
    findDecisions(data.bloc.id, data.year),
    awardHistoryAccess(data.bloc.id),
    findDecidableNominations(data.bloc.id, data.year),
  ]);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong/quyet-dinh/lich-su`;
  const historyAgencies = sortVi(
    data.members.filter((m) => access.all || access.agencyIds.includes(m.agencyId)),
    (m) => m.name,
  );
  const actions = access.mayRecord
    ? Object.fromEntries(decisions.map((d) => [d.id, <CancelDecisionForm key={d.id} decisionId={d.id} number={d.number} />]))
    : undefined;

  return (
    <div className="space-y-5">
      <Card title={`Quyết định khen thưởng — năm thi đua ${data.year}`}>
        <p className="mb-3 text-sm text-stone-600">Kết quả khen thưởng do cấp có thẩm quyền quyết định, công khai cho các cơ quan trong khối.</p>
        {decisions.length === 0 ? (
          <EmptyState>Chưa ghi nhận quyết định khen thưởng nào cho năm thi đua {data.year}.</EmptyState>
        ) : (
          <DecisionList
            decisions={decisions}
            historyBase={base}
            historyFor={access.all ? "ALL" : access.agencyIds}
            actions={actions}
            docxBase={`/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/quyet-dinh`}
          />
        )}
      </Card>

      {historyAgencies.length > 0 && (
        <Card title="Lịch sử khen thưởng theo cơ quan">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {historyAgencies.map((m) => (
              <li key={m.agencyId}>
                <Link href={`${base}/${encodeURIComponent(m.code)}`} className="text-brand-700 underline" aria-label={`Lịch sử khen thưởng — ${m.name}`}>
                  {m.name}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {form && (
        <Card title="Ghi nhận quyết định">
          {!data.cycle ? (
            <EmptyState>Khối chưa có năm thi đua {data.year}.</EmptyState>
          ) : form.nominations.length === 0 ? (
            <EmptyState>Không còn đề nghị nào đã gửi cấp trên mà chưa có quyết định.</EmptyState>
          ) : (
            <RecordDecisionForm blocId={data.bloc.id} year={data.year} data={form} />
          )}
        </Card>
      )}
    </div>
  );
}
