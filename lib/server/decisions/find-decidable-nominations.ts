import "server-only";
import { can } from "@/lib/domain/permissions";
import { compareVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

/** The chair's order: 1 first, 0 (not ordered) last. */
const rank = (p: number) => (p === 0 ? Number.POSITIVE_INFINITY : p);

export interface DecidableNomination {
  id: string;
  /** "Nguyễn Văn A (Ban Tuyên giáo Tỉnh ủy)", the collective, or the agency. */
  name: string;
  awardFormId: string;
  awardFormName: string;
  priority: number;
}

export interface DecisionFormData {
  nominations: DecidableNomination[];
  forms: { id: string; name: string }[];
}

/**
 * For council staff's "Ghi nhận quyết định" form: the year's SENT nominations that no standing
 * decision answers yet, by form then priority, and the year's award forms (for "Đổi sang").
 * null for everyone else. Two queries.
 */
export async function findDecidableNominations(blocId: string, year: number): Promise<DecisionFormData | null> {
  const user = await requireUser();
  if (!can(user, "decision:record", { blocId })) return null;
  const [nominations, forms] = await Promise.all([
    db().nomination.findMany({
      where: { cycle: { blocId, year }, status: "SENT", decisionItems: { none: { decision: { cancelledAt: null } } } },
      select: {
        id: true,
        priority: true,
        personName: true,
        collectiveName: true,
        awardFormId: true,
        agency: { select: { name: true } },
        awardForm: { select: { name: true, order: true } },
      },
    }),
    db().awardForm.findMany({ where: { cycle: { blocId, year } }, select: { id: true, name: true }, orderBy: [{ order: "asc" }, { name: "asc" }] }),
  ]);
  const rows = nominations
    .map((n) => ({
      id: n.id,
      name: n.personName ? `${n.personName} (${n.agency.name})` : n.collectiveName ? `${n.collectiveName} (${n.agency.name})` : n.agency.name,
      awardFormId: n.awardFormId,
      awardFormName: n.awardForm.name,
      priority: n.priority,
      order: n.awardForm.order,
    }))
    .sort((a, b) => a.order - b.order || compareVi(a.awardFormName, b.awardFormName) || rank(a.priority) - rank(b.priority) || compareVi(a.name, b.name))
    .map(({ order: _order, ...r }) => r);
  return { nominations: rows, forms };
}
