import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { CreateVoteForm } from "@/components/votes/create-vote-form";
import { VoteList } from "@/components/votes/vote-list";
import { formatDay, sortVi } from "@/lib/format";
import { findVotes } from "@/lib/server/votes/find-votes";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { createVoteAction } from "./actions";

export const metadata: Metadata = { title: "Bỏ phiếu" };

export default async function VotesPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const overview = await findVotes(data.bloc.id, data.year);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tong-ket/bo-phieu`;
  const members = sortVi(data.members, (m) => m.name).map((m) => ({ agencyId: m.agencyId, name: m.name }));

  return (
    <div className="space-y-5">
      <Card title="Các cuộc bỏ phiếu">
        <p className="mb-3 text-sm text-stone-600">
          Bỏ phiếu kín: kết quả được niêm phong với mọi người, kể cả chủ trì và quản trị, cho đến khi chủ trì kết thúc cuộc bỏ phiếu.
        </p>
        <VoteList votes={overview.votes} base={base} />
      </Card>
      {overview.canManage && (
        <Card title="Tạo cuộc bỏ phiếu">
          {overview.meetings.length === 0 ? (
            <EmptyState>Chưa có hội nghị tổng kết của năm {data.year}. Hãy ghi nhận hội nghị trước khi tạo cuộc bỏ phiếu.</EmptyState>
          ) : members.length === 0 ? (
            <EmptyState>Khối chưa có đơn vị thành viên trong năm {data.year}.</EmptyState>
          ) : (
            <CreateVoteForm
              action={createVoteAction}
              meetings={overview.meetings.map((m) => ({ id: m.id, label: `Hội nghị tổng kết ngày ${formatDay(m.heldOn)} — ${m.place}` }))}
              members={members}
              awardForms={overview.awardForms}
              defaults={overview.defaults}
            />
          )}
        </Card>
      )}
    </div>
  );
}
