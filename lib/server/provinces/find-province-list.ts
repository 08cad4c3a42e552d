import "server-only";
import { orderProvinces, type FormerName } from "@/lib/domain/provinces";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { PROVINCE_ADMINS_ONLY } from "./province-admins";

export interface ProvinceRow {
  id: string;
  code: string;
  name: string;
  mergedIntoId: string | null;
  mergedIntoName: string | null;
  mergedOn: string | null;
  mergerRef: string | null;
  /** Oldest first. */
  formerNames: FormerName[];
  /** The provinces it absorbed directly, by current name. */
  absorbed: string[];
  blocCount: number;
  agencyCount: number;
}

/**
 * Every province for the system administrator's page: current ones first
 * (Vietnamese order), then merged ones with where and when they went. One query.
 */
export async function findProvinceList(): Promise<ProvinceRow[]> {
  const user = await requireUser();
  authorize(user, "province:manage", { provinceId: null }, { forbidden: PROVINCE_ADMINS_ONLY });
  const rows = await db().province.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      mergedIntoId: true,
      mergedOn: true,
      mergerRef: true,
      mergedInto: { select: { name: true } },
      formerNames: { select: { name: true, until: true }, orderBy: { until: "asc" } },
      absorbed: { select: { name: true } },
      _count: { select: { blocs: true, agencies: true } },
    },
  });
  return orderProvinces(
    rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      mergedIntoId: r.mergedIntoId,
      mergedIntoName: r.mergedInto?.name ?? null,
      mergedOn: r.mergedOn ? isoDay(r.mergedOn) : null,
      mergerRef: r.mergerRef,
      formerNames: r.formerNames.map((f) => ({ name: f.name, until: isoDay(f.until) })),
      absorbed: sortVi(
        r.absorbed.map((a) => a.name),
        (n) => n,
      ),
      blocCount: r._count.blocs,
      agencyCount: r._count.agencies,
    })),
  );
}
