import "server-only";
import { reachableBlocIds } from "@/lib/domain/roles";
import { compareVi } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";

export interface BlocChoice {
  code: string;
  name: string;
  years: number[];
}

/** The blocs (and their years) this user may open, for the switcher. */
export async function findAccessibleBlocs(user: CurrentUser): Promise<BlocChoice[]> {
  const ids = reachableBlocIds(user);
  const blocs = await db().bloc.findMany({
    where: ids === null ? {} : { id: { in: [...ids] } },
    select: { code: true, name: true, cycles: { select: { year: true }, orderBy: { year: "desc" } } },
  });
  return blocs.map((b) => ({ code: b.code, name: b.name, years: b.cycles.map((c) => c.year) })).sort((a, b) => compareVi(a.name, b.name));
}
