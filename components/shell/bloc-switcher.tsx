"use client";

import { useRouter } from "next/navigation";

export interface SwitcherBloc {
  code: string;
  name: string;
  years: number[];
}

/** Bloc and year pickers, shown when the user has more than one choice. */
export function BlocSwitcher({ blocs, code, year, section }: { blocs: SwitcherBloc[]; code: string; year: number; section: string }) {
  const router = useRouter();
  const current = blocs.find((b) => b.code === code);
  const go = (c: string, y: number | undefined) => router.push(`/khoi/${c}/${y ?? ""}${section}`);
  if (blocs.length <= 1 && (current?.years.length ?? 0) <= 1) return null;
  return (
    <div className="no-print flex max-w-full flex-wrap items-end gap-3">
      {blocs.length > 1 && (
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
      )}
      {current && current.years.length > 1 && (
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
            {current.years.map((y) => (
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
