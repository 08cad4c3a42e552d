import { AWARD_TARGET_LABELS } from "@/lib/domain/labels";
import type { AwardFormRow } from "@/lib/server/awards/find-award-forms";
import { quotaText } from "./quota-text";
import { ScrollTable } from "@/components/ui/scroll-table";

export function AwardFormTable({ forms, year }: { forms: AwardFormRow[]; year: number }) {
  return (
    <ScrollTable caption={`Danh mục hình thức khen thưởng năm ${year}`}>
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Mã
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Hình thức
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Đối tượng
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Cấp quyết định
          </th>
          <th scope="col" className="py-2 font-medium">
            Chỉ tiêu
          </th>
        </tr>
      </thead>
      <tbody>
        {forms.map((f) => (
          <tr key={f.id} className="border-b border-stone-100 align-top last:border-0">
            <td className="whitespace-nowrap py-2 pr-2 font-mono text-xs">{f.code}</td>
            <th scope="row" className="py-2 pr-2 text-left font-normal">
              {f.name}
            </th>
            <td className="py-2 pr-2">{AWARD_TARGET_LABELS[f.target]}</td>
            <td className="py-2 pr-2">{f.authorityName}</td>
            <td className="py-2">{quotaText(f.quota)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
