import { inputClass } from "@/components/ui/field";
import { ROLE_MODEL_STAGE_LABELS, ROLE_MODEL_STAGES } from "@/lib/domain/role-models/stages";

/** The register's filters by agency and stage: a plain GET form, so a filtered list has its own address. */
export function RoleModelFilter({ agencies, agencyId, stage }: { agencies: { id: string; name: string }[]; agencyId: string; stage: string }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Lọc sổ điển hình">
      <div>
        <label htmlFor="loc-co-quan" className="block text-sm font-medium">
          Cơ quan
        </label>
        <select id="loc-co-quan" name="co-quan" defaultValue={agencyId} className={inputClass}>
          <option value="">Tất cả cơ quan</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="loc-khau" className="block text-sm font-medium">
          Khâu
        </label>
        <select id="loc-khau" name="khau" defaultValue={stage} className={inputClass}>
          <option value="">Tất cả các khâu</option>
          {ROLE_MODEL_STAGES.map((s) => (
            <option key={s} value={s}>
              {ROLE_MODEL_STAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-300 px-3 py-1.5 text-sm">
        Lọc
      </button>
    </form>
  );
}
