import { ScrollTable } from "@/components/ui/scroll-table";
import { EmptyState } from "@/components/ui/card";
import type { FormTotal } from "@/lib/domain/council-overview/award-totals";
import { CO_CP_CODE, type CoCpCapView } from "@/lib/domain/council-overview/co-cp-cap";
import { formatMoment } from "@/lib/format";

const th = "px-3 py-2";

/** Nominations the council received (sent by the blocs' chairs) by award form, against the caps. */
export function AwardTotalsTable({ awards, coCp }: { awards: readonly FormTotal[]; coCp: CoCpCapView }) {
  if (awards.length === 0) return <EmptyState>Các khối chưa lập danh mục hình thức khen thưởng của năm này.</EmptyState>;
  return (
    <ScrollTable caption="Đề nghị khen thưởng đã nhận theo hình thức" className="w-full min-w-[34rem] text-sm" frameClassName="rounded border border-stone-200">
      <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className={th}>
            Hình thức
          </th>
          <th scope="col" className={th}>
            Đã nhận
          </th>
          <th scope="col" className={th}>
            Chỉ tiêu
          </th>
          <th scope="col" className={th}>
            Khối vượt chỉ tiêu của khối
          </th>
        </tr>
      </thead>
      <tbody>
        {awards.map((f) => {
          const isCoCp = f.code === CO_CP_CODE;
          const over = isCoCp ? coCp.over > 0 : f.blocsOver.length > 0;
          return (
            <tr key={f.code} className="border-t border-stone-100" data-testid={`award-total-${f.code}`}>
              <th scope="row" className={`${th} text-left font-normal`}>
                {f.name}
              </th>
              <td className={`${th} tabular-nums ${over ? "font-semibold text-red-800" : ""}`}>{f.received}</td>
              <td className={th}>{isCoCp ? `${coCp.max} (chung các khối)` : f.cap === null ? "Không giới hạn" : f.cap}</td>
              <td className={th}>
                {isCoCp && coCp.over > 0
                  ? `Vượt ${coCp.over} so với chỉ tiêu chung`
                  : f.blocsOver.map((b) => `${b.blocName}: ${b.sent}/${b.max}`).join("; ") || "—"}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** The Cờ CP proposals in the order received, those over the cap and those not from a leading unit flagged in words. */
export function CoCpProposals({ coCp }: { coCp: CoCpCapView }) {
  if (coCp.proposals.length === 0) return <EmptyState>Chưa nhận đề nghị Cờ thi đua của Chính phủ nào trong năm.</EmptyState>;
  return (
    <ScrollTable
      caption="Đề nghị Cờ thi đua của Chính phủ theo thứ tự nhận"
      className="w-full min-w-[34rem] text-sm"
      frameClassName="rounded border border-stone-200"
    >
      <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
        <tr>
          <th scope="col" className={th}>
            TT
          </th>
          <th scope="col" className={th}>
            Đơn vị được đề nghị
          </th>
          <th scope="col" className={th}>
            Khối đề nghị
          </th>
          <th scope="col" className={th}>
            Thời điểm gửi
          </th>
          <th scope="col" className={th}>
            Ghi chú
          </th>
        </tr>
      </thead>
      <tbody>
        {coCp.proposals.map((p) => (
          <tr key={p.id} className={`border-t border-stone-100 ${p.overCap ? "bg-red-50" : ""}`} data-testid={`co-cp-${p.id}`} data-over-cap={p.overCap}>
            <td className={`${th} tabular-nums`}>{p.position}</td>
            <th scope="row" className={`${th} text-left font-normal`}>
              {p.nominee}
            </th>
            <td className={th}>{p.blocName}</td>
            <td className={`${th} tabular-nums`}>{p.sentAt ? formatMoment(new Date(p.sentAt)) : "—"}</td>
            <td className={th}>
              {p.overCap && <span className="block font-semibold text-red-800">Vượt chỉ tiêu</span>}
              {p.notLeader && <span className="block text-amber-800">Không phải đơn vị được suy tôn dẫn đầu khối</span>}
              {!p.overCap && !p.notLeader && "Trong chỉ tiêu"}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
