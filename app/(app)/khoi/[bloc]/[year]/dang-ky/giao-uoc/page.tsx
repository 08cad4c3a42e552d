import type { Metadata } from "next";
import Link from "next/link";
import { PledgeText } from "@/components/pledges/pledge-text";
import { PledgeVersionLinks } from "@/components/pledges/pledge-version-links";
import { Card, EmptyState } from "@/components/ui/card";
import { getPledgeWorkspace } from "@/lib/server/pledges/get-pledge-workspace";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { DraftForm } from "./_components/draft-form";
import { draftValues, emptyDraft } from "./_components/draft-values";
import { PledgeActions } from "./_components/pledge-actions";
import { SignaturesCard } from "./_components/signatures-card";

export const metadata: Metadata = { title: "Giao ước thi đua" };

/** The year's pledge: the draft form or the read-only text, its signatures, and the next step for the user. */
export default async function PledgePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const ws = await getPledgeWorkspace(data.bloc.id, data.year);
  const base = `/khoi/${data.bloc.code}/${data.year}/dang-ky/giao-uoc`;
  const current = ws.current;
  const criteria = ws.criteriaOptions?.map((c) => ({ id: c.id, label: `${c.code} — ${c.name}` })) ?? null;
  const memberNames = new Map(ws.members.map((m) => [m.agencyId, m.name]));
  const canEditText = ws.canManage && ws.drafting.open && (current === null || current.status === "DRAFT");

  return (
    <div className="space-y-5">
      <nav aria-label="Đường dẫn" className="text-sm">
        <Link href={`/khoi/${data.bloc.code}/${data.year}/dang-ky`} className="text-brand-700 underline">
          Đăng ký & giao ước
        </Link>
        <span className="text-stone-500"> / </span>Giao ước thi đua năm {data.year}
      </nav>

      {!ws.hasCycle ? (
        <Card title={`Giao ước thi đua năm ${data.year}`}>
          <EmptyState>Khối chưa lập kế hoạch thi đua năm {data.year}: cần đặt lịch các giai đoạn trước khi soạn giao ước.</EmptyState>
        </Card>
      ) : canEditText ? (
        <Card title={current ? `Dự thảo giao ước — phiên bản ${current.version}` : `Soạn giao ước thi đua năm ${data.year}`}>
          {current?.changeReason && <p className="mb-3 text-sm text-stone-600">Lý do điều chỉnh: {current.changeReason}</p>}
          <DraftForm blocId={data.bloc.id} year={data.year} initial={current ? draftValues(current) : emptyDraft(data)} criteria={criteria} />
        </Card>
      ) : current ? (
        <Card title={`Giao ước thi đua năm ${data.year}`}>
          {ws.canManage && current.status === "DRAFT" && !ws.drafting.open && (
            <p role="note" className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
              Chưa sửa được dự thảo: {ws.drafting.reason}
            </p>
          )}
          <PledgeText pledge={current} memberNames={memberNames} />
        </Card>
      ) : (
        <Card title={`Giao ước thi đua năm ${data.year}`}>
          <EmptyState>
            Chưa có giao ước thi đua cho năm {data.year}.{ws.canManage && !ws.drafting.open && <> {ws.drafting.reason}</>}
          </EmptyState>
        </Card>
      )}

      {current && (
        <>
          <PledgeActions ws={ws} pledge={current} base={base} docxBase={`/api/khoi/${data.bloc.code}/${data.year}/giao-uoc`} />
          <SignaturesCard ws={ws} pledge={current} />
          <Card title="Các phiên bản giao ước">
            <PledgeVersionLinks versions={ws.versions} base={base} />
          </Card>
        </>
      )}
    </div>
  );
}
