import "server-only";
import { nextPublicationVersion, readSnapshot, totalsOf } from "@/lib/domain/publication";
import type { PublishResultsInput } from "@/lib/schemas/publication";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { buildPublication, insertPublication } from "./build-publication";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const published = (version: number) =>
  new AppError(
    "CONFLICT",
    `Kết quả vừa được công bố phiên bản ${version} bởi người khác. Trang đang hiển thị danh sách mới nhất; vui lòng xem lại trước khi công bố đính chính.`,
  );

/**
 * The chair publishes the bloc's current results (công bố — docs/domain/score-review.md#publication): version n+1 of
 * an immutable snapshot (the database refuses any UPDATE of a publication), with a reason from
 * version 2 on (đính chính). Refused while any objection of the cycle is still OPEN, with the list;
 * refused while a member is not ranked (lib/domain/ranking-eligibility) unless the chair gives a
 * reason — the snapshot then records who was left out and why (docs/decisions/0007).
 * Concurrency: the cycle row is locked first, the page's `expectedVersion` must still be the
 * latest, and the unique (cycleId, version) turns any remaining race into a CONFLICT.
 * No phase governs it: a correction may follow the conference.
 */
export async function publishResults(input: PublishResultsInput, step: Step = "write"): Promise<{ version: number }> {
  const user = await requireUser();
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId: input.blocId, year: input.year } },
    select: { id: true, blocId: true, year: true },
  });
  if (!cycle) throw new AppError("NOT_FOUND", "Không tìm thấy năm thi đua này.");
  authorize(user, "bloc:read", { blocId: cycle.blocId }, { notFound: "Không tìm thấy năm thi đua này." });
  authorize(user, "results:publish", { blocId: cycle.blocId }, { forbidden: "Chỉ Trưởng khối được công bố kết quả." });

  try {
    return await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Cycle" WHERE "id" = ${cycle.id} FOR UPDATE`;
      const versions = await tx.resultPublication.findMany({ where: { cycleId: cycle.id }, select: { version: true } });
      const latest = versions.length ? Math.max(...versions.map((v) => v.version)) : 0;
      if (latest !== input.expectedVersion) throw published(latest);
      const version = nextPublicationVersion(versions.map((v) => v.version));

      const publishedAt = new Date();
      const draft = await buildPublication(tx, cycle, { version, reason: input.reason, publishedAt });
      if (!draft.ok) throw new AppError("INVALID_INPUT", draft.message, draft.fieldErrors);
      stopIfChecking(step);
      const { snapshot } = draft;
      const previous = latest
        ? await tx.resultPublication.findUnique({ where: { cycleId_version: { cycleId: cycle.id, version: latest } }, select: { snapshot: true } })
        : null;
      const row = await insertPublication(tx, { cycleId: cycle.id, version, reason: input.reason, publishedById: user.userId, publishedAt, snapshot });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "results.publish",
        entity: "ResultPublication",
        entityId: row.id,
        blocId: cycle.blocId,
        before: totalsOf(readSnapshot(previous?.snapshot ?? null)),
        after: {
          ...totalsOf(snapshot),
          table: `${snapshot.table.title} (phiên bản ${snapshot.table.version})`,
          ...(snapshot.excluded.length > 0 ? { excluded: snapshot.excluded } : {}),
        },
        reason: input.reason,
      });
      return { version };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw published(input.expectedVersion + 1);
    throw e;
  }
}
