import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { VOTE_KIND_LABELS, VOTE_METHOD_LABELS, VOTE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay } from "@/lib/format";
import type { VoteListItem } from "@/lib/server/votes/find-votes";

const OUTCOME: Record<string, string> = {
  DECIDED: "Đã có kết quả",
  TIE: "Bằng phiếu",
  FAILED: "Không ai đạt ngưỡng",
  NO_QUORUM: "Không đủ số đơn vị tham dự",
  INVALID_COUNTS: "Số liệu chưa khớp",
};

/** The year's votes: status and progress; results only for closed votes. */
export function VoteList({ votes, base }: { votes: VoteListItem[]; base: string }) {
  if (votes.length === 0) return <EmptyState>Chưa có cuộc bỏ phiếu nào trong năm này.</EmptyState>;
  return (
    <table className="w-full text-sm" aria-label="Các cuộc bỏ phiếu">
      <thead>
        <tr className="border-b border-stone-200 text-left">
          <th scope="col" className="py-1 pr-2">
            Nội dung
          </th>
          <th scope="col" className="py-1 pr-2">
            Loại
          </th>
          <th scope="col" className="py-1 pr-2">
            Hình thức
          </th>
          <th scope="col" className="py-1 pr-2">
            Trạng thái
          </th>
          <th scope="col" className="py-1 pr-2">
            Tiến độ
          </th>
          <th scope="col" className="py-1">
            Kết quả
          </th>
        </tr>
      </thead>
      <tbody>
        {votes.map((v) => (
          <tr key={v.id} className="border-b border-stone-100 align-top">
            <td className="py-1 pr-2">
              <Link href={`${base}/${v.id}`} className="text-brand-700 underline">
                {v.title}
              </Link>
              {v.round > 1 && <span className="ml-1 text-stone-500">(vòng {v.round})</span>}
              <div className="text-xs text-stone-500">
                Hội nghị ngày {formatDay(v.meetingHeldOn)} · {v.candidates.join(", ")}
              </div>
            </td>
            <td className="py-1 pr-2">{VOTE_KIND_LABELS[v.kind] ?? v.kind}</td>
            <td className="py-1 pr-2">{VOTE_METHOD_LABELS[v.method]}</td>
            <td className="py-1 pr-2">{VOTE_STATUS_LABELS[v.status]}</td>
            <td className="py-1 pr-2">{v.progress && v.status !== "DRAFT" ? `Đã bỏ phiếu ${v.progress.voted}/${v.progress.eligible}` : "—"}</td>
            <td className="py-1">
              {v.result
                ? `${OUTCOME[v.result.outcome]}${v.result.winners.length ? `: ${v.result.winners.join(", ")}` : ""}`
                : v.status === "CLOSED"
                  ? "—"
                  : "Niêm phong đến khi kết thúc"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
