import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { CreateVoteForm } from "@/components/votes/create-vote-form";
import { RankingVoteRuleForm } from "@/components/votes/ranking-vote-rule-form";
import { ON_REJECTION_LABELS, RANKING_VOTE_MODE_LABELS } from "@/lib/domain/labels";
import { rankedName } from "@/lib/domain/voting";
import { VoteList } from "@/components/votes/vote-list";
import { formatDay, sortVi } from "@/lib/format";
import { findVotes } from "@/lib/server/votes/find-votes";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { createVoteAction, saveRankingVoteRuleAction } from "./actions";

export const metadata: Metadata = { title: "Bỏ phiếu" };

export default async function VotesPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const overview = await findVotes(data.bloc.id, data.year);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tong-ket/bo-phieu`;
  const members = sortVi(data.members, (m) => m.name).map((m) => ({ agencyId: m.agencyId, name: m.name }));
  const rv = overview.rankingVote;
  const proposal = rv?.proposal
    ? rv.proposal.ok
      ? {
          agencyIds: rv.proposal.candidates.map((c) => c.agencyId),
          text: `Đề xuất theo kết quả chấm điểm: ${rv.proposal.candidates.map(rankedName).join("; ")}.`,
        }
      : { agencyIds: [], text: rv.proposal.message }
    : null;

  return (
    <div className="space-y-5">
      <Card title="Các cuộc bỏ phiếu">
        <p className="mb-3 text-sm text-stone-600">
          Bỏ phiếu kín: kết quả được niêm phong với mọi người, kể cả chủ trì và quản trị, cho đến khi chủ trì kết thúc cuộc bỏ phiếu.
        </p>
        <VoteList votes={overview.votes} base={base} />
      </Card>
      {rv && (
        <Card title="Quy tắc suy tôn đơn vị dẫn đầu">
          {rv.canEdit && !rv.locked ? (
            <RankingVoteRuleForm action={saveRankingVoteRuleAction} cycleId={rv.cycleId} updatedAt={rv.updatedAt} rule={rv.rule} />
          ) : (
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[16rem_1fr]" data-testid="ranking-vote-rule">
              <dt className="text-stone-500">Ứng viên suy tôn</dt>
              <dd>{RANKING_VOTE_MODE_LABELS[rv.rule.mode]}</dd>
              <dt className="text-stone-500">Số đơn vị dẫn đầu của năm</dt>
              <dd>{rv.rule.leaders}</dd>
              {rv.rule.mode === "CONFIRM_RANKING" && (
                <>
                  <dt className="text-stone-500">Khi không được tán thành</dt>
                  <dd>{ON_REJECTION_LABELS[rv.rule.onRejection]}</dd>
                </>
              )}
            </dl>
          )}
          {rv.canEdit && rv.locked && <p className="mt-2 text-sm text-stone-600">Đã mở bỏ phiếu suy tôn của năm nên quy tắc này không thay đổi được nữa.</p>}
        </Card>
      )}
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
              proposal={proposal}
            />
          )}
        </Card>
      )}
    </div>
  );
}
