import Link from "next/link";
import { DECISION_OUTCOME_LABELS } from "@/lib/domain/labels";
import { formatDay, formatMoment } from "@/lib/format";
import type { DecisionItemRow, DecisionRow } from "@/lib/server/awards/find-decisions";
import { ScrollTable } from "@/components/ui/scroll-table";

export interface DecisionListProps {
  decisions: DecisionRow[];
  /** Base path of the award-history pages ("…/khen-thuong/quyet-dinh/lich-su"); no links without it. */
  historyBase?: string;
  /** Which agencies' histories the reader may open: "ALL" or their ids. */
  historyFor?: "ALL" | readonly string[];
  /** Per decision id, extra controls (council staff's "Hủy quyết định"). */
  actions?: Record<string, React.ReactNode>;
  /** "/api/khoi/<bloc>/<year>/quyet-dinh": each decision downloads at <docxBase>/<id>/docx. */
  docxBase?: string;
}

export function DecisionList({ decisions, historyBase, historyFor, actions, docxBase }: DecisionListProps) {
  const linkFor = (i: DecisionItemRow) =>
    historyBase && historyFor && (historyFor === "ALL" || historyFor.includes(i.agencyId)) ? `${historyBase}/${encodeURIComponent(i.agencyCode)}` : null;
  return (
    <div className="space-y-5">
      {decisions.map((d) => (
        <section key={d.id} aria-label={`Quyết định số ${d.number}`} className="text-sm">
          <h3 className={`font-semibold ${d.cancelled ? "line-through decoration-stone-400" : ""}`}>
            Quyết định số {d.number} ngày {formatDay(d.issuedOn)}
          </h3>
          <p className="text-stone-600">
            {d.authorityName} · Người ký: {d.signer}
            {docxBase && (
              <>
                {" · "}
                <a href={`${docxBase}/${d.id}/docx`} className="text-brand-700 underline" download aria-label={`Tải .docx Quyết định số ${d.number}`}>
                  Tải .docx
                </a>
              </>
            )}
          </p>
          {d.cancelled && (
            <p className="mt-1 rounded bg-amber-50 px-2 py-1 text-amber-900">
              Đã hủy lúc {formatMoment(d.cancelled.at)}
              {d.cancelled.ref && <> theo {d.cancelled.ref}</>}
              {d.cancelled.reason && <> — {d.cancelled.reason}</>}.
            </p>
          )}
          {d.items.length === 0 ? (
            <p className="mt-2 text-stone-500">Quyết định chưa ghi danh sách khen thưởng.</p>
          ) : (
            <ItemTable decision={d} linkFor={linkFor} />
          )}
          {!d.cancelled && actions?.[d.id]}
        </section>
      ))}
    </div>
  );
}

function ItemTable({ decision, linkFor }: { decision: DecisionRow; linkFor: (i: DecisionItemRow) => string | null }) {
  return (
    <ScrollTable caption={`Danh sách khen thưởng theo Quyết định số ${decision.number}`} className="w-full" frameClassName="mt-2">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Tập thể / cá nhân
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức đề nghị
          </th>
          <th scope="col" className="py-2 font-medium">
            Kết quả
          </th>
        </tr>
      </thead>
      <tbody>
        {decision.items.map((i) => {
          const href = linkFor(i);
          return (
            <tr key={i.id} className="border-b border-stone-100 align-top last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-normal">
                {recipient(i)}
                {href && (
                  <Link href={href} className="ml-2 text-xs text-brand-700 underline" aria-label={`Xem lịch sử khen thưởng của ${i.agencyName}`}>
                    Lịch sử khen thưởng
                  </Link>
                )}
              </th>
              <td className="py-2 pr-2">{i.awardFormName}</td>
              <td className="py-2">
                {DECISION_OUTCOME_LABELS[i.outcome]}
                {i.outcome === "CHANGED" && i.changedToFormName && <> sang {i.changedToFormName}</>}
                {i.reason && <p className="mt-0.5 text-xs text-stone-500">{i.reason}</p>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function recipient(i: DecisionItemRow): string {
  if (i.personName) return `${i.personName} (${i.agencyName})`;
  if (i.collectiveName) return `${i.collectiveName} (${i.agencyName})`;
  return i.agencyName;
}
