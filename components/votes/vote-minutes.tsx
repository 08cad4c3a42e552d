import type { TallyResult, VoteMinutes } from "@/lib/domain/voting";
import { formatNumber } from "@/lib/format";

const OUTCOME: Record<TallyResult["outcome"], string> = {
  DECIDED: "Đã có kết quả",
  TIE: "Bằng phiếu",
  FAILED: "Không ai đạt ngưỡng",
  NO_QUORUM: "Không đủ số đơn vị tham dự",
  INVALID_COUNTS: "Số liệu chưa khớp",
};

/** The results table of a CLOSED vote (totals only). */
export function VoteResultsTable({ result }: { result: TallyResult }) {
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
              <td className="py-1 pr-2 text-right">{formatNumber(c.votes)}</td>
              <td className="py-1 pr-2 text-right">{c.pctOfAllMembers === null ? "—" : `${formatNumber(c.pctOfAllMembers)}%`}</td>
              <td className="py-1 pr-2 text-right">{c.pctOfBase === null ? "—" : `${formatNumber(c.pctOfBase)}%`}</td>
              <td className="py-1">{c.status === "SELECTED" ? "Đạt" : c.status === "TIED" ? "Bằng phiếu" : "Không đạt"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The printable vote-count minutes (biên bản kiểm phiếu). */
export function VoteMinutesSheet({ minutes }: { minutes: VoteMinutes }) {
  const [head, ...rest] = minutes.blocLine ? minutes.lines.slice(1) : minutes.lines;
  return (
    <article
      aria-label="Biên bản kiểm phiếu"
      className="space-y-2 rounded border border-stone-200 bg-white p-6 font-serif text-[15px] leading-relaxed print:border-0 print:p-0"
    >
      {minutes.blocLine && <p className="text-center font-semibold">{minutes.blocLine}</p>}
      <h3 className="text-center text-lg font-bold">{head}</h3>
      {rest.map((line, i) => (
        <p key={i} className={i === 0 ? "text-center font-semibold" : ""}>
          {line}
        </p>
      ))}
      <div className="grid grid-cols-2 gap-6 pt-6 text-center sm:grid-cols-3">
        {minutes.committee.map((c) => (
          <div key={`${c.role}-${c.name}`}>
            <p className="font-semibold">{c.role}</p>
            <p className="pt-12">{c.name}</p>
          </div>
        ))}
      </div>
    </article>
  );
}
