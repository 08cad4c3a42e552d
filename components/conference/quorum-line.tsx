import { formatNumber } from "@/lib/format";
import type { ConferenceQuorum } from "@/lib/server/conference/quorum-summary";

/** "Có mặt x/y cơ quan — đủ/không đủ số lượng", with the share required. */
export function QuorumLine({ quorum }: { quorum: ConferenceQuorum }) {
  return (
    <p className="text-sm" data-testid="quorum-line">
      <strong className={quorum.reached ? "text-green-800" : "text-red-800"}>{quorum.line}</strong>
      <span className="text-stone-500">
        {" "}
        (cần từ {formatNumber(quorum.quorumPct)}% số cơ quan thành viên trở lên
        {quorum.represented > 0 && <>; trong đó {formatNumber(quorum.represented)} cơ quan cử đại diện</>}
        {quorum.unrecorded > 0 && <>; chưa ghi nhận {formatNumber(quorum.unrecorded)} cơ quan</>})
      </span>
    </p>
  );
}
