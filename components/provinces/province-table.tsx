import { EmptyState } from "@/components/ui/card";
import { addDays } from "@/lib/domain/membership";
import { mergerLabel } from "@/lib/domain/provinces";
import { formatDay } from "@/lib/format";
import type { ProvinceRow } from "@/lib/server/provinces/find-province-list";
import type { FormAction } from "./form-action";
import { RenameProvinceForm } from "./rename-province-form";
import { ScrollTable } from "@/components/ui/scroll-table";

/** Current provinces first, then merged ones; each with its former names and what it absorbed. */
export function ProvinceTable({ rows, renameAction }: { rows: ProvinceRow[]; renameAction: FormAction }) {
  if (rows.length === 0) return <EmptyState>Chưa có tỉnh, thành phố nào. Hãy thêm tỉnh, thành phố đầu tiên bên dưới.</EmptyState>;
  return (
    <ScrollTable caption="Danh sách tỉnh, thành phố">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          <th scope="col" className="py-2 pr-2 font-medium">
            Tỉnh, thành phố
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Mã
          </th>
          <th scope="col" className="py-2 pr-2 font-medium">
            Tình trạng
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Khối
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            Cơ quan
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Thao tác</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} className={`border-b border-stone-100 align-top last:border-0 ${p.mergedIntoId ? "text-stone-500" : ""}`}>
            <th scope="row" className="py-2 pr-2 text-left font-medium">
              {p.name}
              {p.formerNames.map((f) => (
                <p key={f.until} className="text-xs font-normal text-stone-500">
                  Tên cũ: {f.name} (đến {formatDay(addDays(f.until, -1))})
                </p>
              ))}
            </th>
            <td className="py-2 pr-2 font-mono text-xs">{p.code}</td>
            <td className="py-2 pr-2">
              {p.mergedIntoName && p.mergedOn ? (
                <>
                  {mergerLabel(p.mergedIntoName, p.mergedOn)}
                  {p.mergerRef && <p className="text-xs">{p.mergerRef}</p>}
                </>
              ) : (
                "Hiện hành"
              )}
              {p.absorbed.length > 0 && <p className="text-xs text-stone-500">Tiếp nhận: {p.absorbed.join(", ")}</p>}
            </td>
            <td className="py-2 pr-2 text-right tabular-nums">{p.blocCount}</td>
            <td className="py-2 pr-2 text-right tabular-nums">{p.agencyCount}</td>
            <td className="py-2">
              {!p.mergedIntoId && (
                <details className="min-w-48">
                  <summary className="cursor-pointer text-brand-700 underline">Đổi tên</summary>
                  <RenameProvinceForm action={renameAction} province={{ id: p.id, name: p.name }} />
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
