import { VOTE_KIND_LABELS, VOTE_METHOD_LABELS, VOTE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatMoment, formatNumber } from "@/lib/format";
import type { VoteResults, VoteRow } from "@/lib/server/conference/vote-row";

const STATUS_STYLES: Record<VoteRow["status"], string> = {
  DRAFT: "bg-stone-200 text-stone-700",
  OPEN: "bg-green-100 text-green-800",
  CLOSED: "bg-sky-100 text-sky-800",
};

export function VoteList({ votes }: { votes: VoteRow[] }) {
  if (votes.length === 0) return <p className="text-sm text-stone-500">Hội nghị chưa có cuộc bỏ phiếu nào.</p>;
  return (
    <ul className="space-y-3">
      {votes.map((v) => (
        <li key={v.id} className="rounded border border-stone-200 p-3 text-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h4 className="font-medium">
              {v.title}
              {v.round > 1 && <span className="text-stone-500"> (vòng {v.round})</span>}
            </h4>
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[v.status]}`}>{VOTE_STATUS_LABELS[v.status]}</span>
          </div>
          <p className="mt-1 text-stone-600">
            {VOTE_KIND_LABELS[v.kind] ?? v.kind} · {VOTE_METHOD_LABELS[v.method] ?? v.method}
            {v.awardFormName && <> · {v.awardFormName}</>}
          </p>
          {v.results ? (
            <Results results={v.results} method={v.method} />
          ) : (
            <>
              {v.candidates.length > 0 && <p className="mt-1">Đối tượng bỏ phiếu: {v.candidates.map((c) => c.name).join("; ")}.</p>}
              <p className="mt-1 text-stone-500">Kết quả được niêm phong cho đến khi kết thúc bỏ phiếu.</p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Results({ results, method }: { results: VoteResults; method: string }) {
  const { ballots } = results;
  const counts: [string, number | null][] =
    method === "PAPER"
      ? [
          ["Phiếu phát ra", ballots.issued],
          ["Phiếu thu về", ballots.returned],
          ["Phiếu hợp lệ", ballots.valid],
          ["Phiếu không hợp lệ", ballots.invalid],
        ]
      : [["Số cơ quan đã bỏ phiếu", results.votedCount]];
  return (
    <div className="mt-2 space-y-2">
      <p className="text-stone-600">Kết thúc lúc {formatMoment(results.closedAt)}.</p>
      <dl className="flex flex-wrap gap-x-5 gap-y-1">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt className="inline text-stone-500">{label}: </dt>
            <dd className="inline font-medium tabular-nums">{formatNumber(n)}</dd>
          </div>
        ))}
      </dl>
      {results.candidateVotes.some((c) => c.votes !== null) && (
        <table className="w-full max-w-xl">
          <caption className="sr-only">Số phiếu của từng đối tượng</caption>
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th scope="col" className="py-1 pr-2 font-medium">
                Đối tượng
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Số phiếu
              </th>
            </tr>
          </thead>
          <tbody>
            {results.candidateVotes.map((c) => (
              <tr key={c.order} className="border-b border-stone-100 last:border-0">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {c.name}
                </th>
                <td className="py-1 text-right tabular-nums">{formatNumber(c.votes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
