import "server-only";
import { checkCanObject } from "@/lib/domain/objection";
import type { CreateObjectionInput } from "@/lib/schemas/objections";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { checkEvidence, storeEvidence } from "@/lib/server/files/internal/save-evidence";

/**
 * An agency leader or officer objects to one entry of its own sheet (khiếu nại, giải trình —
 * docs/domain/score-review.md#objections) during the OBJECTION phase, with a reason and optional evidence. The
 * bloc, agency and cycle come from the entry. One OPEN objection per entry.
 */
export async function createObjection(input: CreateObjectionInput): Promise<{ id: string }> {
  const user = await requireUser();
  const entry = await db().scoreEntry.findUnique({
    where: { id: input.entryId },
    select: {
      id: true,
      selfPoints: true,
      verifiedPoints: true,
      finalPoints: true,
      actual: true,
      target: true,
      verifiedActual: true,
      verifiedTarget: true,
      criterion: { select: { code: true, type: true } },
      sheet: { select: { agencyId: true, cycleId: true, cycle: { select: { blocId: true, scoringMode: true } } } },
    },
  });
  if (!entry) throw new AppError("NOT_FOUND", "Không tìm thấy điểm tiêu chí này.");
  authorize(user, "bloc:read", { blocId: entry.sheet.cycle.blocId }, { notFound: "Không tìm thấy điểm tiêu chí này." });
  const { blocId, scoringMode } = entry.sheet.cycle;
  const agencyId = entry.sheet.agencyId;
  authorize(
    user,
    "objection:create:own",
    { blocId, agencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan được khiếu nại điểm của cơ quan mình." },
  );

  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, entry.sheet.cycleId, "OBJECTION");
    // Serialise objections on this entry (the row lock), then read its state as of now.
    await tx.$queryRaw`SELECT 1 FROM "ScoreEntry" WHERE "id" = ${entry.id} FOR UPDATE`;
    // One query at a time: a transaction holds a single connection.
    const sheet = await tx.scoreEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { sheet: { select: { status: true } } } });
    const open = await tx.objection.count({ where: { entryId: entry.id, status: "OPEN" } });
    const rule = checkCanObject({ scoringMode, sheetStatus: sheet.sheet.status, criterionType: entry.criterion.type, hasOpenObjection: open > 0 });
    if (!rule.ok) throw new AppError(rule.code, rule.message);
    await checkEvidence(input.files);

    const objection = await tx.objection.create({ data: { entryId: entry.id, agencyId, reason: input.reason }, select: { id: true } });
    const files = await storeEvidence(tx, input.files, { blocId, uploadedById: user.userId, link: { objectionId: objection.id } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "objection.create",
      entity: "Objection",
      entityId: objection.id,
      blocId,
      after: {
        agencyId,
        criterionCode: entry.criterion.code,
        entryId: entry.id,
        status: "OPEN",
        reason: input.reason,
        files,
        entry: {
          selfPoints: entry.selfPoints,
          verifiedPoints: entry.verifiedPoints,
          finalPoints: entry.finalPoints,
          actual: entry.actual,
          target: entry.target,
          verifiedActual: entry.verifiedActual,
          verifiedTarget: entry.verifiedTarget,
        },
      },
    });
    return objection;
  });
}
