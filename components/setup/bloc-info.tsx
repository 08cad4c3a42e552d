import { BLOC_KIND_LABELS, LEVEL_LABELS } from "@/lib/domain/labels";
import type { BlocYear } from "@/lib/server/blocs/get-bloc-year";

export function BlocInfo({ bloc }: { bloc: BlocYear["bloc"] }) {
  const rows: [string, string][] = [
    ["Tên khối", bloc.name],
    ["Mã khối", bloc.code],
    ["Loại", BLOC_KIND_LABELS[bloc.kind] ?? bloc.kind],
    ["Cấp", LEVEL_LABELS[bloc.level] ?? bloc.level],
    ["Tỉnh, thành phố", bloc.province ?? "—"],
    ["Cơ quan tổ chức, theo dõi", bloc.organiser],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-stone-500">{label}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
