import "server-only";
import { LATE_STEP_PHASE, type LateStep } from "@/lib/domain/late-submission";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope, type MemberScope } from "@/lib/server/authz/scopes";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";

export const OVERRIDE_NOT_FOUND = "Không tìm thấy cơ quan thành viên này trong năm thi đua.";
export const CHAIR_ONLY = "Chỉ Trưởng khối được gia hạn hoặc miễn trừ điểm nộp muộn cho một cơ quan.";
export const STALE_OVERRIDE = "Gia hạn / miễn trừ của cơ quan này vừa được người khác thay đổi. Trang đang hiển thị dữ liệu mới nhất; vui lòng kiểm tra lại.";

/**
 * The chair's override of one agency's deadline (docs/decisions/0042-late-submission.md): the same
 * people who reopen a phase for everyone (`phase:reopen`) may extend it for one agency.
 */
export async function authorizeOverride(user: CurrentUser, cycleId: string, agencyId: string): Promise<MemberScope> {
  const scope = await memberScope(cycleId, agencyId);
  if (!scope) throw new AppError("NOT_FOUND", OVERRIDE_NOT_FOUND);
  authorize(user, "bloc:read", scope, { notFound: OVERRIDE_NOT_FOUND });
  authorize(user, "phase:reopen", scope, { forbidden: CHAIR_ONLY });
  return scope;
}

export const overrideKey = (cycleId: string, agencyId: string, step: LateStep) => ({ cycleId_agencyId_step: { cycleId, agencyId, step } });

type OverrideRow = { extendedUntil: Date | null; extensionReason: string | null; waived: boolean; waiverReason: string | null; version: number };

/** The audit's before/after of an override. */
export function overrideSnapshot(agencyId: string, step: LateStep, row: OverrideRow | null) {
  if (!row) return null;
  return {
    agencyId,
    step,
    extendedUntil: row.extendedUntil ? isoDay(row.extendedUntil) : null,
    extensionReason: row.extensionReason,
    waived: row.waived,
    waiverReason: row.waiverReason,
    version: row.version,
  };
}

/** The override as it stands (row-locked), checked against the version the form saw. */
export async function lockOverride(
  tx: Prisma.TransactionClient,
  cycleId: string,
  agencyId: string,
  step: LateStep,
  seen: number,
): Promise<(OverrideRow & { id: string }) | null> {
  await tx.$queryRaw`SELECT 1 FROM "DeadlineOverride" WHERE "cycleId" = ${cycleId} AND "agencyId" = ${agencyId} AND "step" = ${step}::"LateStep" FOR UPDATE`;
  const row = await tx.deadlineOverride.findUnique({ where: overrideKey(cycleId, agencyId, step) });
  if ((row?.version ?? 0) !== seen) throw new AppError("CONFLICT", STALE_OVERRIDE);
  return row;
}

/** The phase whose end the step's deadline is. */
export const phaseOfStep = (step: LateStep) => LATE_STEP_PHASE[step];

/**
 * Writes the override's new fields (the row, or a new one when the agency has none yet) and its
 * audit row with before/after: the one write of both extending and waiving. Checks nothing.
 */
export async function saveOverride(
  tx: Prisma.TransactionClient,
  w: {
    actorId: string;
    scope: MemberScope;
    step: LateStep;
    before: (OverrideRow & { id: string }) | null;
    data: Partial<Pick<OverrideRow, "extendedUntil" | "extensionReason" | "waived" | "waiverReason">>;
    action: "deadline.extend" | "deadline.waive";
    reason: string;
  },
): Promise<{ version: number }> {
  const { scope, step, before } = w;
  const after = before
    ? await tx.deadlineOverride.update({ where: { id: before.id }, data: { ...w.data, version: { increment: 1 } } })
    : await tx.deadlineOverride.create({ data: { cycleId: scope.cycleId, agencyId: scope.agencyId, step, ...w.data } });
  await writeAudit(tx, {
    actorId: w.actorId,
    action: w.action,
    entity: "DeadlineOverride",
    entityId: after.id,
    blocId: scope.blocId,
    before: overrideSnapshot(scope.agencyId, step, before),
    after: overrideSnapshot(scope.agencyId, step, after),
    reason: w.reason,
  });
  return { version: after.version };
}
