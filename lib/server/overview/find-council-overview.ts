import "server-only";
import { filterRows, overviewTotals, type OverviewFilter, type OverviewRow, type OverviewTotals } from "@/lib/domain/council-overview/overview";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { COUNCIL_NOT_FOUND, councilChoices, councilTarget, pickCouncil, type CouncilChoice } from "./council-choices";
import { readCouncilOverviewWith, type CouncilOverview } from "./internal/read-council-overview";

export interface OverviewRequest extends OverviewFilter {
  /** A province's code or CENTRAL_KEY; null: the first council of the user's scope. */
  council: string | null;
  /** null: this calendar year. */
  year: number | null;
}

export interface CouncilOverviewView extends CouncilOverview {
  councils: CouncilChoice[];
  council: CouncilChoice;
  today: string;
  /** The rows the filter keeps (`rows` holds them all). */
  shown: OverviewRow[];
  totals: OverviewTotals;
}

/**
 * The council's overview of its blocs in a year (docs/decisions/0031-council-overview.md), for
 * council staff of the province (with those it absorbed) or of the central level, and system
 * administrators. Anyone else is FORBIDDEN; a council out of scope is NOT_FOUND. A constant number
 * of queries whatever the number of blocs and agencies.
 */
export async function findCouncilOverview(request: OverviewRequest, today = todayInVietnam()): Promise<CouncilOverviewView> {
  const user = await requireUser();
  const nodes = await provinceNodes();
  const councils = councilChoices(user, nodes);
  const council = pickCouncil(councils, request.council);
  authorize(user, "overview:read", { provinceId: council.provinceId }, { notFound: COUNCIL_NOT_FOUND, hidden: true });
  const year = request.year ?? Number(today.slice(0, 4));
  const overview = await readCouncilOverviewWith(db(), councilTarget(council, nodes), year, today);
  const years = [...new Set([...overview.years, Number(today.slice(0, 4)), year])].sort((a, b) => b - a);
  return { ...overview, years, councils, council, today, shown: filterRows(overview.rows, request), totals: overviewTotals(overview.rows) };
}
