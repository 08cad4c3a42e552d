import "server-only";
import type { AwardFormRule, EligibilityMatrix } from "@/lib/domain/awards";
import { can } from "@/lib/domain/permissions";
import { parseYearRules } from "@/lib/domain/year-rules";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { loadEligibilityContext, matrixOf } from "./eligibility-facts";

export interface EligibilityView {
  forms: AwardFormRule[];
  matrix: EligibilityMatrix;
  /** The published version the band and veto come from; null when nothing is published. */
  publishedVersion: number | null;
}

/**
 * Every member agency × every award form of the year, with the reasons a gate fails
 * (docs/decisions/0009). Who may read it: those who see every nomination (secretary, chair,
 * council staff) see every agency; an agency's leader / officer sees only their own row(s).
 * null when the year has no cycle. Eight queries whatever the size of the bloc.
 */
export async function getEligibility(blocId: string, year: number): Promise<EligibilityView | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const row = await db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, blocId: true, year: true, rules: true } });
  if (!row) return null;
  const cycle = { ...row, rules: parseYearRules(row.rules) };
  const all = can(user, "nomination:read-all", { blocId });
  const ctx = await loadEligibilityContext(db(), cycle);
  const matrix = matrixOf(ctx);
  const rows = all ? matrix.rows : matrix.rows.filter((r) => can(user, "nomination:edit:own", { blocId, agencyId: r.agencyId }));
  return { forms: ctx.forms, matrix: { rows, eligibleCount: all ? matrix.eligibleCount : {} }, publishedVersion: ctx.publishedVersion };
}
