import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { PHASE_KEYS, PHASE_LABELS, type PhaseKey } from "@/lib/domain/cycle-phase";

export interface OverviewFilterValues {
  council: string;
  councils: readonly { key: string; label: string }[];
  year: number;
  years: readonly number[];
  phase: PhaseKey | "NONE" | null;
  onlyLate: boolean;
  q: string;
}

/** The overview's address for these values (the page and its .xlsx take the same parameters). */
export function overviewSearch(v: Pick<OverviewFilterValues, "council" | "year" | "phase" | "onlyLate" | "q">): string {
  const p = new URLSearchParams({ tinh: v.council, nam: String(v.year) });
  if (v.phase) p.set("giai-doan", v.phase);
  if (v.onlyLate) p.set("tre-han", "1");
  if (v.q) p.set("q", v.q);
  return p.toString();
}

/** Council, year and filters as a plain GET form: works without JavaScript and the address can be shared. */
export function OverviewFilterForm({ values }: { values: OverviewFilterValues }) {
  const filtered = values.phase !== null || values.onlyLate || values.q !== "";
  return (
    <form method="get" role="search" aria-label="Lọc các khối" className="no-print flex flex-wrap items-end gap-3">
      {values.councils.length > 1 ? (
        <div>
          <label htmlFor="overview-council" className="block text-sm font-medium">
            Tỉnh, thành phố
          </label>
          <select id="overview-council" name="tinh" defaultValue={values.council} className={inputClass}>
            {values.councils.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="tinh" value={values.council} />
      )}
      <div>
        <label htmlFor="overview-year" className="block text-sm font-medium">
          Năm thi đua
        </label>
        <select id="overview-year" name="nam" defaultValue={values.year} className={inputClass}>
          {values.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="overview-phase" className="block text-sm font-medium">
          Giai đoạn đang mở
        </label>
        <select id="overview-phase" name="giai-doan" defaultValue={values.phase ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {PHASE_KEYS.map((k) => (
            <option key={k} value={k}>
              {PHASE_LABELS[k]}
            </option>
          ))}
          <option value="NONE">Không có giai đoạn mở</option>
        </select>
      </div>
      <div className="min-w-56 flex-1">
        <label htmlFor="overview-q" className="block text-sm font-medium">
          Tên khối hoặc cơ quan
        </label>
        <input id="overview-q" name="q" type="search" defaultValue={values.q} className={inputClass} />
      </div>
      <div className="flex items-center gap-2 py-2">
        <input id="overview-late" name="tre-han" type="checkbox" value="1" defaultChecked={values.onlyLate} className="h-4 w-4" />
        <label htmlFor="overview-late" className="text-sm font-medium">
          Chỉ khối có việc trễ hạn
        </label>
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Xem
      </button>
      {filtered && (
        <Link href={`/tong-quan?${overviewSearch({ ...values, phase: null, onlyLate: false, q: "" })}`} className="px-2 py-2 text-sm text-brand-700 underline">
          Bỏ lọc
        </Link>
      )}
    </form>
  );
}
