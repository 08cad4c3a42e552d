import { inputClass } from "@/components/ui/field";
import { auditEntityLabel } from "./audit-text";

/** Filter by entity type: a plain GET form, so it works without JavaScript and the address can be shared. */
export function AuditFilter({ entities, entity }: { entities: string[]; entity: string | null }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="audit-entity" className="block text-sm font-medium">
          Loại đối tượng
        </label>
        <select id="audit-entity" name="loai" defaultValue={entity ?? ""} className={inputClass}>
          <option value="">Tất cả</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {auditEntityLabel(e)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Lọc
      </button>
    </form>
  );
}
