import { formatMoment } from "@/lib/format";
import { RegistrationStatusBadge } from "./registration-status-badge";

export interface RegistrationFactsData {
  status: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  returnReason: string | null;
}

/** Status line of one registration: state, dates, last change, and why it came back. */
export function RegistrationFacts({ registration: r, lastChangedBy }: { registration: RegistrationFactsData | null; lastChangedBy: string | null }) {
  if (!r) {
    return (
      <p className="text-sm">
        <RegistrationStatusBadge status={null} /> <span className="text-stone-600">— cơ quan chưa lưu bản đăng ký nào.</span>
      </p>
    );
  }
  return (
    <div className="space-y-2 text-sm">
      <dl className="flex flex-wrap gap-x-6 gap-y-1">
        <div className="flex gap-2">
          <dt className="text-stone-500">Trạng thái:</dt>
          <dd>
            <RegistrationStatusBadge status={r.status} />
          </dd>
        </div>
        {r.submittedAt && (
          <div className="flex gap-2">
            <dt className="text-stone-500">Gửi lúc:</dt>
            <dd className="tabular-nums">{formatMoment(r.submittedAt)}</dd>
          </div>
        )}
        {r.decidedAt && (r.status === "ACCEPTED" || r.status === "RETURNED") && (
          <div className="flex gap-2">
            <dt className="text-stone-500">{r.status === "ACCEPTED" ? "Tiếp nhận lúc:" : "Trả lại lúc:"}</dt>
            <dd className="tabular-nums">{formatMoment(r.decidedAt)}</dd>
          </div>
        )}
        <div className="flex gap-2">
          <dt className="text-stone-500">Cập nhật lần cuối:</dt>
          <dd className="tabular-nums">
            {formatMoment(r.updatedAt)}
            {lastChangedBy ? ` — ${lastChangedBy}` : ""}
          </dd>
        </div>
      </dl>
      {r.returnReason && r.status !== "ACCEPTED" && (
        <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
          <span className="font-semibold">{r.status === "RETURNED" ? "Lý do trả lại: " : "Lý do trả lại lần trước: "}</span>
          {r.returnReason}
        </p>
      )}
    </div>
  );
}
