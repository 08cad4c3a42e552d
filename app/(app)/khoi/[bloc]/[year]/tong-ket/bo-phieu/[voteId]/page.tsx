import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { BallotForm } from "@/components/votes/ballot-form";
import { PaperCountForm } from "@/components/votes/paper-count-form";
import { VoteMinutesSheet, VoteResultsTable } from "@/components/votes/vote-minutes";
import { VoteStepForm } from "@/components/votes/vote-step-form";
import { VOTE_KIND_LABELS, VOTE_METHOD_LABELS, VOTE_STATUS_LABELS } from "@/lib/domain/labels";
import { strictByDefault, thresholdText, type ThresholdBase } from "@/lib/domain/voting";
import { formatDay, formatNumber } from "@/lib/format";
import { readOr404 } from "@/lib/server/read-or-404";
import { getVote } from "@/lib/server/votes/get-vote";
import { loadBlocYear } from "../../../load";
import { castBallotAction, closeVoteAction, openVoteAction, recordPaperCountAction, startNextRankedVoteAction, startRunoffAction } from "../actions";

export const metadata: Metadata = { title: "Cuộc bỏ phiếu" };

async function load(bloc: string, year: string, voteId: string) {
  const data = await loadBlocYear(bloc, year);
  return { data, vote: await readOr404(getVote(data.bloc.id, data.year, decodeURIComponent(voteId))) };
}

export default async function VotePage({ params }: { params: Promise<{ bloc: string; year: string; voteId: string }> }) {
  const p = await params;
  const { data, vote } = await load(p.bloc, p.year, p.voteId);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tong-ket/bo-phieu`;
  const s = vote.settings;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← Các cuộc bỏ phiếu
        </Link>
      </p>
      <Card title={vote.round > 1 ? `${vote.title} (vòng ${vote.round})` : vote.title}>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline font-medium">Loại: </dt>
            <dd className="inline">
              {VOTE_KIND_LABELS[vote.kind] ?? vote.kind}
              {vote.awardFormName ? ` — ${vote.awardFormName}` : ""}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Hình thức: </dt>
            <dd className="inline">{VOTE_METHOD_LABELS[vote.method]}</dd>
          </div>
          <div>
            <dt className="inline font-medium">Trạng thái: </dt>
            <dd className="inline" data-testid="vote-status">
              {VOTE_STATUS_LABELS[vote.status]}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Hội nghị: </dt>
            <dd className="inline">
              {formatDay(vote.meeting.heldOn)}, {vote.meeting.place}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Có mặt: </dt>
            <dd className="inline">
              {vote.quorum.present}/{vote.quorum.summoned} đơn vị (cần từ {formatNumber(s.quorumPct)}%)
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">Ngưỡng: </dt>
            <dd className="inline">
              {thresholdText(s.thresholdPct, strictByDefault(s.thresholdPct), s.thresholdBase as ThresholdBase)}; tối đa {s.maxChoices} lựa chọn/phiếu
            </dd>
          </div>
          {vote.progress && vote.status !== "DRAFT" && (
            <div>
              <dt className="inline font-medium">Tiến độ: </dt>
              <dd className="inline" data-testid="vote-progress">
                Đã bỏ phiếu {vote.progress.voted}/{vote.progress.eligible}
              </dd>
            </div>
          )}
        </dl>
        <p className="mt-2 text-sm">
          <span className="font-medium">Ứng viên: </span>
          {vote.candidates.map((c) => c.label).join(", ")}
        </p>
        {vote.status === "DRAFT" && !vote.quorum.reached && vote.quorum.message && <p className="mt-2 text-sm text-amber-800">{vote.quorum.message}</p>}
        {vote.status === "OPEN" && <p className="mt-2 text-sm text-stone-600">Kết quả được niêm phong cho đến khi chủ trì kết thúc cuộc bỏ phiếu.</p>}
      </Card>

      {vote.canManage && vote.status === "DRAFT" && (
        <Card title="Điều hành">
          <VoteStepForm
            action={openVoteAction}
            voteId={vote.id}
            label="Mở bỏ phiếu"
            title="Mở bỏ phiếu?"
            description="Các đại biểu của đơn vị có mặt sẽ bỏ phiếu được ngay. Không sửa được ứng viên sau khi mở."
            confirmText="Xác nhận mở"
          />
        </Card>
      )}
      {vote.canManage && vote.status === "OPEN" && vote.method === "ELECTRONIC" && (
        <Card title="Điều hành">
          <VoteStepForm
            action={closeVoteAction}
            voteId={vote.id}
            label="Đóng bỏ phiếu"
            title="Đóng bỏ phiếu và kiểm phiếu?"
            description="Sau khi đóng, không ai bỏ phiếu được nữa và kết quả được công bố cho khối."
            confirmText="Xác nhận đóng"
          />
        </Card>
      )}
      {vote.canRecordPaper && vote.status === "OPEN" && (
        <Card title="Kết quả kiểm phiếu giấy">
          <PaperCountForm action={recordPaperCountAction} voteId={vote.id} candidates={vote.candidates} />
        </Card>
      )}

      {vote.myAgencies.length > 0 && vote.method === "ELECTRONIC" && vote.status !== "CLOSED" && (
        <Card title="Phiếu bầu">
          <div className="space-y-4">
            {vote.myAgencies.map((a) =>
              a.hasVoted ? (
                <p key={a.agencyId} role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800">
                  Cơ quan đã bỏ phiếu ({a.name}).
                </p>
              ) : a.mayCast ? (
                <BallotForm
                  key={a.agencyId}
                  action={castBallotAction}
                  voteId={vote.id}
                  agencyId={a.agencyId}
                  agencyName={a.name}
                  candidates={vote.candidates}
                  maxChoices={s.maxChoices}
                />
              ) : (
                <p key={a.agencyId} className="text-sm text-stone-600">
                  {a.name}: {a.refusal}
                </p>
              ),
            )}
          </div>
        </Card>
      )}

      {vote.result && (
        <Card title="Kết quả">
          <VoteResultsTable result={vote.result} ranking={vote.ranking} />
          {vote.followUp && (
            <div className="mt-3 text-sm" data-testid="next-ranked">
              {vote.followUp.message && <p>{vote.followUp.message}</p>}
              {vote.followUp.voteId && (
                <Link href={`${base}/${vote.followUp.voteId}`} className="text-brand-700 underline">
                  Xem cuộc suy tôn đơn vị xếp hạng kế tiếp
                </Link>
              )}
              {vote.followUp.proposal && (
                <>
                  <p>Theo quy tắc của năm, hội nghị biểu quyết đơn vị xếp hạng kế tiếp chưa được biểu quyết: {vote.followUp.proposal}.</p>
                  {vote.canManage && (
                    <VoteStepForm
                      action={startNextRankedVoteAction}
                      voteId={vote.id}
                      label="Biểu quyết đơn vị xếp hạng kế tiếp"
                      title="Tạo cuộc suy tôn đơn vị xếp hạng kế tiếp?"
                      description={`Ứng viên: ${vote.followUp.proposal}. Cuộc suy tôn mới giữ các quy tắc của cuộc này.`}
                      confirmText="Tạo cuộc suy tôn"
                    />
                  )}
                </>
              )}
            </div>
          )}
          {vote.runoff && (
            <div className="mt-3 text-sm">
              <p>{vote.runoff.plan.reason}</p>
              {vote.runoff.voteId ? (
                <Link href={`${base}/${vote.runoff.voteId}`} className="text-brand-700 underline">
                  Xem vòng {vote.runoff.plan.round}
                </Link>
              ) : (
                vote.canManage && (
                  <VoteStepForm
                    action={startRunoffAction}
                    voteId={vote.id}
                    label="Tạo vòng bỏ phiếu lại"
                    title="Tạo vòng bỏ phiếu lại?"
                    description={vote.runoff.plan.reason}
                    confirmText="Tạo vòng mới"
                  />
                )
              )}
            </div>
          )}
        </Card>
      )}
      {vote.minutes && (
        <Card
          title="Biên bản kiểm phiếu"
          actions={
            <a href={`/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/bo-phieu/${vote.id}/docx`} className="text-sm text-brand-700 underline">
              Tải biên bản kiểm phiếu (.docx)
            </a>
          }
        >
          <VoteMinutesSheet minutes={vote.minutes} />
        </Card>
      )}
    </div>
  );
}
