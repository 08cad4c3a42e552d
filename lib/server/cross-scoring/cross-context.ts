import "server-only";
import { crossScoringRefusal, type CrossViewer } from "@/lib/domain/cross-scoring-access";
import { can } from "@/lib/domain/permissions";
import type { Principal } from "@/lib/domain/roles";
import { parseYearRules } from "@/lib/domain/year-rules";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";

export const NOT_CROSS_MODE =
  "Năm thi đua này áp dụng hình thức thẩm định, không chấm chéo. Chủ tịch khối có thể đổi hình thức chấm trong phần thiết lập lịch năm.";

/** The bloc-year's cycle (its rules parsed), members (sorted by nothing: callers sort) and latest LOCKED table. Three queries. */
export async function loadCrossCycle(blocId: string, year: number) {
  const [row, memberships] = await Promise.all([
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, scoringMode: true, rules: true } }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, code: true, name: true, shortName: true } } } }),
  ]);
  if (!row) throw new AppError("NOT_FOUND");
  const cycle = { ...row, rules: parseYearRules(row.rules) };
  const table = await findLockedTable(db(), cycle.id);
  return { cycle, members: memberships.map((m) => m.agency), table };
}

/** The viewer's agencies (their own user agency and agency grants) that are members this year. */
export function viewerOf(user: Principal, blocId: string, memberIds: ReadonlySet<string>): CrossViewer {
  const own = new Set<string>();
  if (user.agencyId && memberIds.has(user.agencyId)) own.add(user.agencyId);
  for (const g of user.grants) if (g.agencyId && memberIds.has(g.agencyId)) own.add(g.agencyId);
  return { memberAgencyIds: [...own], readAll: can(user, "score:read-all", { blocId }) };
}

/** The member agency this user cross-scores for ("score:cross:own"), or null. */
export function scorerAgencyOf(user: Principal, blocId: string, memberIds: ReadonlySet<string>): string | null {
  for (const g of user.grants) {
    if (g.agencyId && memberIds.has(g.agencyId) && can(user, "score:cross:own", { blocId, agencyId: g.agencyId })) return g.agencyId;
  }
  return null;
}

export const decimal = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The refusals every cross-score write shares, once its bloc and year are known from the
 * database: a bloc the user cannot read is NOT_FOUND (`notFound`); only the scorer agency's
 * officers and leader score for it; both agencies must be members that year and differ; the year
 * must be scored by cross-scoring.
 */
export async function authorizeScorer(
  user: Principal,
  cycle: { blocId: string; year: number; scoringMode: string },
  pair: { scorerAgencyId: string; targetAgencyId: string },
  notFound: string,
): Promise<void> {
  const { blocId, year } = cycle;
  authorize(user, "bloc:read", { blocId }, { notFound });
  authorize(
    user,
    "score:cross:own",
    { blocId, agencyId: pair.scorerAgencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan thành viên được chấm chéo thay cho cơ quan mình." },
  );
  const members = await db().membership.findMany({
    where: { blocId, year, agencyId: { in: [pair.scorerAgencyId, pair.targetAgencyId] } },
    select: { agencyId: true },
  });
  const refusal = crossScoringRefusal(pair.scorerAgencyId, pair.targetAgencyId, new Set(members.map((m) => m.agencyId)));
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  if (cycle.scoringMode !== "CROSS_SCORING") throw new AppError("INVALID_INPUT", NOT_CROSS_MODE);
}
