// No "server-only" here, on purpose: publishing is the chair's use case (publish-results.ts), but
// the demo seed (prisma/seed, run by tsx outside Next, with no session) must store its version 1
// exactly as the use case would (docs/decisions/0005). Everything that needs a signed-in user —
// authentication, permission, the page's expected version, the audit row — stays in the use case.
import { buildSnapshot, checkPublish, type PublicationSnapshot } from "@/lib/domain/publication";
import type { Prisma } from "@/lib/generated/prisma/client";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results-with";

export type PublicationDraft = { ok: true; snapshot: PublicationSnapshot } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Version `version` of the cycle's results as it would be published now: refused (a value, not a
 * throw) while an objection of the cycle is OPEN — listing them — when there is nothing to
 * publish, when a member is not ranked (sheet not verified, cross-scoring incomplete) and no
 * reason is given — listing them with why —, or when a correction has no reason; otherwise the
 * snapshot of the current results, the members left out included. Runs inside the caller's
 * transaction, one query at a time (a transaction holds one connection).
 */
export async function buildPublication(
  tx: Prisma.TransactionClient,
  cycle: { id: string; blocId: string; year: number },
  p: { version: number; reason: string | null; publishedAt: Date },
): Promise<PublicationDraft> {
  const open = await tx.objection.findMany({
    where: { status: "OPEN", entry: { sheet: { cycleId: cycle.id } } },
    select: { agency: { select: { name: true } }, entry: { select: { criterion: { select: { code: true } } } } },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
  const view = await computeBlocResultsWith(tx, cycle.blocId, cycle.year);
  const check = checkPublish({
    version: p.version,
    reason: p.reason,
    openObjections: open.map((o) => ({ agencyName: o.agency.name, criterionCode: o.entry.criterion.code })),
    resultsReady: view.status === "READY" && view.rows.length > 0,
    excluded: view.status === "READY" ? view.excluded : [],
  });
  if (!check.ok) {
    const fieldErrors: Record<string, string[]> = {};
    if (check.openObjections) fieldErrors.openObjections = check.openObjections;
    else if (check.field) fieldErrors[check.field] = [check.message];
    if (check.excluded) fieldErrors.excluded = check.excluded;
    return { ok: false, message: check.message, fieldErrors: Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined };
  }
  if (view.status !== "READY") return { ok: false, message: "Chưa có kết quả chấm điểm để công bố." };
  return { ok: true, snapshot: buildSnapshot({ version: p.version, publishedAt: p.publishedAt, view }) };
}

/** Stores a built snapshot as an immutable ResultPublication row (the database refuses any UPDATE). */
export async function insertPublication(
  tx: Prisma.TransactionClient,
  p: { cycleId: string; version: number; reason: string | null; publishedById: string | null; publishedAt: Date; snapshot: PublicationSnapshot },
): Promise<{ id: string }> {
  return tx.resultPublication.create({
    data: {
      cycleId: p.cycleId,
      version: p.version,
      reason: p.reason,
      publishedById: p.publishedById,
      publishedAt: p.publishedAt,
      snapshot: JSON.parse(JSON.stringify(p.snapshot)),
    },
    select: { id: true },
  });
}
