import { OfficialSheet } from "@/components/documents/official-sheet";
import { voteMinutesDocument, type VoteMinutesDocument } from "@/lib/documents/minutes-docx";
import type { RankingComparison, TallyResult } from "@/lib/domain/voting";
import { formatNumber } from "@/lib/format";

const OUTCOME: Record<TallyResult["outcome"], string> = {
  DECIDED: "Đã có kết quả",
  TIE: "Bằng phiếu",
  FAILED: "Không ai đạt ngưỡng",
  NO_QUORUM: "Không đủ số đơn vị tham dự",
  INVALID_COUNTS: "Số liệu chưa khớp",
};

/** The results table of a CLOSED vote (totals only); a leading-unit vote also shows each unit's published rank and total. */
export function VoteResultsTable({ result, ranking = null }: { result: TallyResult; ranking?: RankingComparison | null }) {
  const rankOf = new Map(ranking?.rows.map((r) => [r.agencyId, r]));
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <span className="font-medium">Kết quả: </span>
        {OUTCOME[result.outcome]} · Phiếu phát ra {result.ballots.issued}, thu về {result.ballots.returned}, hợp lệ {result.ballots.valid}, không hợp lệ{" "}
        {result.ballots.invalid}
        {result.ballots.blank !== null ? `, phiếu trắng ${result.ballots.blank}` : ""}. Ngưỡng: {result.threshold.text}.
      </p>
      <table className="w-full text-sm" aria-label="Kết quả bỏ phiếu">
        <thead>
          <tr className="border-b border-stone-200 text-left">
            <th scope="col" className="py-1 pr-2">
              TT
            </th>
            <th scope="col" className="py-1 pr-2">
              Ứng viên
            </th>
            {ranking && (
              <th scope="col" className="py-1 pr-2 text-right">
                Xếp hạng (điểm)
              </th>
            )}
            <th scope="col" className="py-1 pr-2 text-right">
              Số phiếu
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              % tổng số đơn vị
            </th>
            <th scope="col" className="py-1 pr-2 text-right">
              % cơ sở tính ngưỡng
            </th>
            <th scope="col" className="py-1">
              Kết quả
            </th>
          </tr>
        </thead>
        <tbody>
          {result.candidates.map((c) => (
            <tr key={c.candidateId} className="border-b border-stone-100">
              <td className="py-1 pr-2">{c.order}</td>
              <td className="py-1 pr-2">{c.label}</td>
              {ranking && <td className="py-1 pr-2 text-right">{rankCell(c.agencyId ? rankOf.get(c.agencyId) : undefined)}</td>}
              <td className="py-1 pr-2 text-right">{formatNumber(c.votes)}</td>
              <td className="py-1 pr-2 text-right">{c.pctOfAllMembers === null ? "—" : `${formatNumber(c.pctOfAllMembers)}%`}</td>
              <td className="py-1 pr-2 text-right">{c.pctOfBase === null ? "—" : `${formatNumber(c.pctOfBase)}%`}</td>
              <td className="py-1">{c.status === "SELECTED" ? "Đạt" : c.status === "TIED" ? "Bằng phiếu" : "Không đạt"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ranking && <p className="text-sm text-stone-600">Xếp hạng theo kết quả chấm điểm đã công bố (bản số {ranking.publicationVersion}).</p>}
      {ranking?.notes.map((n) => (
        <p key={n} className="text-sm font-medium" data-testid="ranking-note">
          {n}
        </p>
      ))}
    </div>
  );
}

function rankCell(r: { rank: number | null; total: number | null } | undefined): string {
  return r && r.rank !== null ? `Hạng ${r.rank} (${formatNumber(r.total!)})` : "Không xếp hạng";
}

/** The vote-count minutes (biên bản kiểm phiếu): the very document the .docx draws. */
export function VoteMinutesSheet({ minutes }: { minutes: VoteMinutesDocument }) {
  return <OfficialSheet doc={voteMinutesDocument(minutes)} label="Biên bản kiểm phiếu" embedded />;
}
