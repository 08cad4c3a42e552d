import { EmptyState } from "@/components/ui/card";
import type { BlocYear } from "@/lib/server/blocs/get-bloc-year";

/** The year's programme: theme, movements and legal bases recorded on the cycle. */
export function Programme({ cycle, year }: { cycle: BlocYear["cycle"]; year: number }) {
  if (!cycle) return <EmptyState>Chưa lập năm thi đua {year} cho khối này.</EmptyState>;
  return (
    <div className="space-y-4 text-sm">
      <div>
        <h3 className="font-medium text-stone-500">Chủ đề thi đua</h3>
        <p className="mt-1">{cycle.theme ? `“${cycle.theme}”` : "Chưa ghi chủ đề thi đua cho năm này."}</p>
      </div>
      <TextList title="Các phong trào thi đua" items={cycle.movements} empty="Chưa ghi phong trào thi đua nào." />
      <TextList title="Căn cứ pháp lý" items={cycle.legalBases} empty="Chưa ghi căn cứ pháp lý." />
      {cycle.isDemoData && <p className="text-xs text-amber-700">Năm này là dữ liệu minh họa (demo).</p>}
    </div>
  );
}

function TextList({ title, items, empty }: { title: string; items: string[]; empty: string }) {
  return (
    <div>
      <h3 className="font-medium text-stone-500">{title}</h3>
      {items.length === 0 ? (
        <p className="mt-1 text-stone-500">{empty}</p>
      ) : (
        <ul className="mt-1 list-inside list-disc space-y-1">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
