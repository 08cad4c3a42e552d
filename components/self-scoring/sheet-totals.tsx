import { formatNumber } from "@/lib/format";

/** The running totals of one agency's sheet, computed with the engine for this agency alone. */
export function SheetTotals({ totals }: { totals: { base: number; bonus: number; penalty: number; total: number; vetoed: boolean } }) {
  const cell = (label: string, value: number) => (
    <div className="rounded border border-stone-200 px-3 py-2">
      <dt className="text-xs text-stone-500">{label}</dt>
      <dd className="text-lg font-semibold">{formatNumber(Math.round(value * 100) / 100)}</dd>
    </div>
  );
  return (
    <div>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {cell("Điểm cơ bản", totals.base)}
        {cell("Điểm thưởng", totals.bonus)}
        {cell("Điểm trừ", totals.penalty)}
        {cell("Tổng điểm", totals.total)}
      </dl>
      <p className="mt-2 text-xs text-stone-500">
        Tiêu chí tính theo đơn vị dẫn đầu chưa được cộng: điểm của các tiêu chí này được tính khi tổng hợp toàn khối.
      </p>
      {totals.vetoed && <p className="mt-2 text-sm font-medium text-red-700">Có vi phạm điều kiện bắt buộc.</p>}
    </div>
  );
}
