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

export interface BlocSwitch {
  /** Every bloc the user may open, by name; null when there are too many to list (a search instead). */
  blocs: BlocChoice[] | null;
  /** The years of the bloc on screen, newest first. */
  years: number[];
}

/**
 * Above this many blocs the switcher is a search: a council account of the whole country reaches
 * hundreds, and listing them on every page cost more than the page itself (docs/decisions/0025).
 */
export const SWITCH_LIST_LIMIT = 30;

/**
 * What the bloc and year switcher of a bloc's pages offers this user, for the bloc on screen
 * (`code`). One query while the user reaches at most `limit` blocs; past that, one more for
 * the current bloc's years. Both are scoped to the blocs the user reaches.
 */
export async function findBlocSwitch(user: CurrentUser, code: string, limit = SWITCH_LIST_LIMIT): Promise<BlocSwitch> {
  const ids = reachableBlocIds(user);
  const reach = ids === null ? {} : { id: { in: [...ids] } };
  const years = { select: { year: true }, orderBy: { year: "desc" } } as const;
  // Counted without a query when the grants name the blocs; an administrator's list stops at limit + 1.
  const tooMany = ids !== null && ids.size > limit;
  const listed = tooMany ? null : await db().bloc.findMany({ where: reach, select: { code: true, name: true, cycles: years }, take: limit + 1 });
  if (listed && listed.length <= limit) {
    const blocs = listed.map((b) => ({ code: b.code, name: b.name, years: b.cycles.map((c) => c.year) })).sort((a, b) => compareVi(a.name, b.name));
    return { blocs, years: blocs.find((b) => b.code === code)?.years ?? [] };
  }
  // By code, then checked against the reach here: a list of hundreds of ids in the query cost
  // more to send and plan than the lookup itself.
  const current = await db().bloc.findUnique({ where: { code }, select: { id: true, cycles: years } });
  const reached = current && (ids === null || ids.has(current.id));
  return { blocs: null, years: reached ? current.cycles.map((c) => c.year) : [] };
}
