import type { RegisterChoice } from "@/lib/server/agency-register/find-agency-register";

/** Picks which register to show (a province with those it absorbed, or the central level); works without script. */
export function RegisterPicker({ registers, current }: { registers: RegisterChoice[]; current: RegisterChoice }) {
  if (registers.length <= 1) return null;
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="register-key" className="block text-sm font-medium">
          Danh sách cơ quan, đơn vị của
        </label>
        <select id="register-key" name="tinh" defaultValue={current.key} className="mt-1 rounded border border-stone-300 bg-white px-3 py-2 text-sm">
          {registers.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Xem
      </button>
    </form>
  );
}
