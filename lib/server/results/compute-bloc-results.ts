import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { computeBlocResultsWith } from "./compute-bloc-results-with";
import { cachedBlocResults } from "./results-cache";
import type { BlocResultsView } from "@/lib/domain/results-view";

// The computation itself lives in its own module so the demo seed can run it too.
export { computeBlocResultsWith } from "./compute-bloc-results-with";

/**
 * The results page's reader. "score:read-all" sees every agency; an agency user
 * ("results:read" through an agency role) sees only their own agency's row before
 * publication — the output is filtered, never the computation (ranks stay the bloc's).
 * Anyone else who reaches the bloc gets null; a bloc they cannot reach is NOT_FOUND.
 */
export async function getBlocResults(blocId: string, year: number): Promise<BlocResultsView | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const all = can(user, "score:read-all", { blocId });
  const ownAgencies = new Set(
    user.grants
      .filter((g) => g.agencyId && g.scopeBlocIds.includes(blocId) && can(user, "results:read", { blocId, agencyId: g.agencyId }))
      .map((g) => g.agencyId!),
  );
  if (!all && ownAgencies.size === 0) return null;
  // Kept per process until a write changes the data (results-cache.ts); shared and frozen.
  const view = await cachedBlocResults(db(), blocId, year, () => computeBlocResultsWith(db(), blocId, year));
  if (all || view.status !== "READY") return view;
  return {
    ...view,
    scope: "OWN",
    rows: view.rows.filter((r) => ownAgencies.has(r.agencyId)),
    withoutSheet: [],
    // Their own agency's exclusion and its reason, not the others'.
    excluded: view.excluded.filter((e) => ownAgencies.has(e.agencyId)),
  };
}
