import { AWARD_TARGET_LABELS, NOMINATION_STATUS_LABELS } from "@/lib/domain/labels";
import type { NominationRow } from "@/lib/server/awards/find-nominations";
import { ScrollTable } from "@/components/ui/scroll-table";

export function NominationTable({ rows, year }: { rows: NominationRow[]; year: number }) {
  return (
    <ScrollTable caption={`Đề nghị khen thưởng năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tập thể / cá nhân được đề nghị
          </th>
          <th scope="col" className="py-2 font-medium">
            Trạng thái
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((n) => (
          <tr key={n.id} className="border-b border-stone-100 align-top last:border-0">
            <td className="py-2 pr-2">{n.awardFormName}</td>
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {n.agencyName}
            </th>
            <td className="py-2 pr-2">
              <span className="text-stone-500">{AWARD_TARGET_LABELS[n.target]}: </span>
              {nomineeText(n)}
            </td>
            <td className="py-2">
              {NOMINATION_STATUS_LABELS[n.status]}
              {n.statusReason && <p className="mt-0.5 text-xs text-stone-500">{n.statusReason}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function nomineeText(n: NominationRow): string {
  if (n.personName) return n.personPosition ? `${n.personName}, ${n.personPosition}` : n.personName;
  return n.collectiveName ?? "Cả cơ quan";
}
