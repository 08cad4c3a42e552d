import type { RegisterChoice } from "@/lib/server/agency-register/find-agency-register";

/** Picks the province (or the central level) and the year of the summary; a plain GET form, works without script. */
export function SummaryPicker({ registers, current, year }: { registers: RegisterChoice[]; current: RegisterChoice; year: number }) {
  return (
    <form method="get" aria-label="Chọn tỉnh, năm" className="no-print flex flex-wrap items-end gap-3">
      {registers.length > 1 && (
        <div>
          <label htmlFor="summary-province" className="block text-sm font-medium">
            Tỉnh, thành phố
          </label>
          <select id="summary-province" name="tinh" defaultValue={current.key} className="mt-1 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
            {registers.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {registers.length <= 1 && <input type="hidden" name="tinh" value={current.key} />}
      <div>
        <label htmlFor="summary-year" className="block text-sm font-medium">
          Năm thi đua
        </label>
        <input
          id="summary-year"
          name="nam"
          type="number"
          min={1945}
          max={2200}
          defaultValue={year}
          className="mt-1 w-28 rounded border border-stone-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Xem
      </button>
    </form>
  );
}
