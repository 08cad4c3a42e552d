import "server-only";
import { checkAccountChange, type AccountChange, type HeldRole } from "@/lib/domain/account-rules";
import type { RoleName } from "@/lib/domain/roles";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

/**
 * The invariants of lib/domain/account-rules.ts, enforced inside the caller's
 * transaction. Every ADMIN grant and the CHAIR grants of `blocIds` are locked
 * (SELECT … FOR UPDATE, in id order so two changes never wait on each other
 * in a circle); the accounts' active flags are read after the lock, so a
 * change that committed meanwhile is seen. Two staff withdrawing the last two
 * chairs at once: the second waits, then sees one chair left and is refused.
 */
export async function lockRoleHoldings(tx: Prisma.TransactionClient, blocIds: readonly string[]): Promise<HeldRole[]> {
  const blocs = [...new Set(blocIds)];
  const rows = await tx.$queryRaw<{ id: string; userId: string; role: RoleName; blocId: string | null; startsOn: Date | null; endsOn: Date | null }[]>`
    SELECT ra."id", ra."userId", ra."role"::text AS "role", ra."blocId", ra."startsOn", ra."endsOn"
    FROM "RoleAssignment" ra
    WHERE ra."role" = 'ADMIN' OR (ra."role" = 'CHAIR' AND ra."blocId" = ANY(${blocs}::text[]))
    ORDER BY ra."id"
    FOR UPDATE`;
  const users =
    rows.length === 0 ? [] : await tx.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] } }, select: { id: true, isActive: true } });
  const active = new Map(users.map((u) => [u.id, u.isActive]));
  return rows.map((r) => ({
    grantId: r.id,
    userId: r.userId,
    role: r.role,
    blocId: r.blocId,
    startsOn: r.startsOn && isoDay(r.startsOn),
    endsOn: r.endsOn && isoDay(r.endsOn),
    userActive: active.get(r.userId) ?? false,
  }));
}

/** Locks, checks one change, and refuses it (CONFLICT, nothing written) when it breaks an invariant. */
export async function enforceAccountInvariants(tx: Prisma.TransactionClient, change: AccountChange, blocIds: readonly string[]): Promise<void> {
  const held = await lockRoleHoldings(tx, blocIds);
  const concerned = [...new Set(held.filter((h) => h.role === "CHAIR" && h.blocId).map((h) => h.blocId as string))];
  const names = concerned.length === 0 ? [] : await tx.bloc.findMany({ where: { id: { in: concerned } }, select: { id: true, name: true } });
  const nameOf = new Map(names.map((b) => [b.id, b.name]));
  const problems = checkAccountChange(held, change, todayInVietnam(), (id) => nameOf.get(id) ?? id);
  if (problems.length > 0) throw new AppError("CONFLICT", problems.join(" "));
}
