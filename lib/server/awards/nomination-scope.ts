import "server-only";
import type { NominationTransition } from "@/lib/domain/awards";
import { can } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const NOMINATION_NOT_FOUND = "Không tìm thấy đề nghị khen thưởng này.";
export const STALE_NOMINATION = "Đề nghị khen thưởng đã được người khác cập nhật sau khi bạn mở trang — dữ liệu hiện tại được hiển thị, vui lòng kiểm tra lại.";

export interface NominationCycle {
  id: string;
  blocId: string;
  year: number;
  rules: unknown;
}

/**
 * The cycle an agency's nomination belongs to, from the database, and whether the caller may
 * see it: "nomination:read-all" or being the agency's leader / officer. Unseen → NOT_FOUND.
 * The agency must be a member of the bloc that year.
 */
export async function loadNominationCycle(user: CurrentUser, cycleId: string, agencyId: string): Promise<NominationCycle> {
  const notFound = new AppError("NOT_FOUND", NOMINATION_NOT_FOUND);
  const cycle = await db().cycle.findUnique({ where: { id: cycleId }, select: { id: true, blocId: true, year: true, rules: true } });
  if (!cycle || !can(user, "bloc:read", { blocId: cycle.blocId })) throw notFound;
  const sees = can(user, "nomination:read-all", { blocId: cycle.blocId }) || can(user, "nomination:edit:own", { blocId: cycle.blocId, agencyId });
  if (!sees) throw notFound;
  const member = await db().membership.findUnique({ where: { blocId_agencyId_year: { blocId: cycle.blocId, agencyId, year: cycle.year } }, select: { id: true } });
  if (!member) throw notFound;
  return cycle;
}

export const NOMINATION_SELECT = {
  id: true,
  cycleId: true,
  awardFormId: true,
  target: true,
  agencyId: true,
  collectiveName: true,
  personName: true,
  personPosition: true,
  personDiscipline: true,
  achievements: true,
  status: true,
  priority: true,
  statusReason: true,
  version: true,
} as const;

export type NominationRecord = Prisma.NominationGetPayload<{ select: typeof NOMINATION_SELECT }>;

/** A refusal of the nomination rules as the error the action shows. */
export function nominationRefusal(t: Extract<NominationTransition, { ok: false }>): AppError {
  if (t.code === "FORBIDDEN") return new AppError("FORBIDDEN", t.reason);
  if (t.code === "WRONG_STATE" || t.code === "QUOTA") return new AppError("CONFLICT", t.reason);
  return new AppError("INVALID_INPUT", t.reason, t.field ? { [t.field]: [t.reason] } : undefined);
}

/** The audit's before/after of a nomination. */
export function nominationSnapshot(n: NominationRecord) {
  const { id: _id, cycleId: _cycleId, ...rest } = n;
  return rest;
}
