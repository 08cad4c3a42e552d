import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const CATALOGUE_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được sửa danh mục hình thức khen thưởng.";

export interface CatalogueCycle {
  id: string;
  blocId: string;
  year: number;
  rules: unknown;
}

/**
 * The signed-in user and the cycle whose catalogue they change, with its bloc from the database:
 * NOT_FOUND for a bloc they cannot read, FORBIDDEN without "cycle:manage".
 */
export async function requireCatalogueCycle(cycleId: string): Promise<{ user: CurrentUser; cycle: CatalogueCycle }> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, blocId: true, year: true, rules: true } });
  if (!cycle || !can(user, "bloc:read", { blocId: cycle.blocId })) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  if (!can(user, "cycle:manage", { blocId: cycle.blocId })) throw new AppError("FORBIDDEN", CATALOGUE_MANAGERS_ONLY);
  return { user, cycle };
}

/** The award form's columns as stored in the audit's before/after. */
export function awardFormSnapshot(f: {
  code: string;
  name: string;
  target: string;
  authorityKind: string;
  authorityName: string;
  isFlag: boolean;
  quotaKind: string;
  quotaValue: { toString(): string } | string | null;
  quotaRounding: string;
  minBand: string | null;
  requiresRegistration: boolean;
  requiresPledge: boolean;
  requiresNoDiscipline: boolean;
  prerequisiteCodes: string[];
  order: number;
}) {
  return { ...f, quotaValue: f.quotaValue === null ? null : f.quotaValue.toString() };
}
