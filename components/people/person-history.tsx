import { ScrollTable } from "@/components/ui/scroll-table";
import { HISTORY_SOURCE_LABELS } from "@/lib/domain/people/person-history";
import { formatDay } from "@/lib/format";
import type { AgencyPerson } from "@/lib/server/people/find-agency-people";

/** "01/01/2020 – nay", "— – 31/12/2023": a period of work, a missing day shown as not known. */
function period(p: AgencyPerson["periods"][number]): string {
  if (!p.fromOn && !p.toOn) return "chưa ghi thời gian";
  return `${p.fromOn ? formatDay(p.fromOn) : "chưa rõ"} – ${p.toOn ? formatDay(p.toOn) : "nay"}`;
}

/** One person: where they worked and their titles and awards by year, each with its source. */
export function PersonHistory({ person }: { person: AgencyPerson }) {
  const title = person.birthYear ? `${person.name} (sinh năm ${person.birthYear})` : person.name;
  return (
    <section aria-label={title} className="space-y-2 border-b border-stone-100 pb-4 last:border-0">
      <h3 className="font-semibold">{title}</h3>
      <ul className="text-sm text-stone-600">
        {person.periods.map((p, i) => (
          <li key={i}>
            {p.agencyName}
            {p.position ? `, ${p.position}` : ""}: {period(p)}
          </li>
        ))}
      </ul>
      {person.years.length === 0 ? (
        <p className="text-sm text-stone-500">Chưa có danh hiệu, hình thức khen thưởng nào được ghi nhận.</p>
      ) : (
        <ScrollTable caption={`Danh hiệu, hình thức khen thưởng của ${person.name} theo năm`}>
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th scope="col" className="py-2 pr-2 font-medium">
                Năm
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Danh hiệu, hình thức
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Nguồn
              </th>
              <th scope="col" className="py-2 font-medium">
                Quyết định
              </th>
            </tr>
          </thead>
          {person.years.map((y) => (
            <tbody key={y.year}>
              {y.entries.map((e, i) => (
                <tr key={`${e.code}-${e.source}-${i}`} className="border-b border-stone-100 align-top last:border-0">
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={y.entries.length} className="py-2 pr-2 text-left font-semibold">
                      {y.year}
                    </th>
                  )}
                  <td className="py-2 pr-2">{e.name}</td>
                  <td className="py-2 pr-2">{HISTORY_SOURCE_LABELS[e.source]}</td>
                  <td className="py-2">{e.reference ? `Số ${e.reference}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </ScrollTable>
      )}
    </section>
  );
}
