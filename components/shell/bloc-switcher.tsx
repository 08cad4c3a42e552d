"use client";

import { useRouter } from "next/navigation";

export interface SwitcherBloc {
  code: string;
  name: string;
  years: number[];
}

/**
 * Bloc and year pickers, shown when the user has more than one choice. `blocs` is null when the
 * user reaches too many blocs to list on every page: the bloc picker is then a search that opens
 * the blocs list filtered by name or code (docs/decisions/0025).
 */
export function BlocSwitcher({
  blocs,
  years,
  code,
  year,
  section,
}: {
  blocs: SwitcherBloc[] | null;
  years: number[];
  code: string;
  year: number;
  section: string;
}) {
  const router = useRouter();
  const go = (c: string, y: number | undefined) => router.push(`/khoi/${c}/${y ?? ""}${section}`);
  if (blocs !== null && blocs.length <= 1 && years.length <= 1) return null;
  return (
    <div className="no-print flex max-w-full flex-wrap items-end gap-3">
      {blocs === null ? (
        <form action="/khoi" method="get" role="search" aria-label="Chuyển khối thi đua" className="min-w-0 max-w-full">
          <label htmlFor="find-bloc" className="block text-xs font-medium text-stone-600">
            Tìm khối thi đua khác
          </label>
          <div className="mt-1 flex gap-1">
            <input
              id="find-bloc"
              name="q"
              type="search"
              required
              placeholder="Tên hoặc mã khối"
              className="w-56 min-w-0 rounded border border-stone-300 bg-white px-2 py-1 text-sm"
            />
            <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-50">
              Tìm
            </button>
          </div>
        </form>
      ) : (
        blocs.length > 1 && (
          // A long bloc name must not push a phone's page sideways: the picker shrinks to the screen.
          <div className="min-w-0 max-w-full">
            <label htmlFor="switch-bloc" className="block text-xs font-medium text-stone-600">
              Khối thi đua
            </label>
            <select
              id="switch-bloc"
              value={code}
              onChange={(e) => go(e.target.value, blocs.find((b) => b.code === e.target.value)?.years[0])}
              className="mt-1 w-full max-w-md rounded border border-stone-300 bg-white px-2 py-1 text-sm"
            >
              {blocs.map((b) => (
                <option key={b.code} value={b.code}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
        )
      )}
      {years.length > 1 && (
        <div>
          <label htmlFor="switch-year" className="block text-xs font-medium text-stone-600">
            Năm
          </label>
          <select
            id="switch-year"
            value={year}
            onChange={(e) => go(code, Number(e.target.value))}
            className="mt-1 rounded border border-stone-300 bg-white px-2 py-1 text-sm"
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
