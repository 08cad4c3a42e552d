import "server-only";
import { selfAsVerified, verificationStep } from "@/lib/domain/verification";
import type { CompleteVerificationInput } from "@/lib/schemas/verification";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorizeVerifier, staleVerification } from "./verification-context";
import type { Step } from "@/lib/forms/step";
import { stopIfChecking } from "@/lib/server/check-step";
import { notifySheetAgency } from "./internal/notify-sheet";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * "Hoàn tất thẩm định": the verifier closes a SUBMITTED sheet (→ VERIFIED). In the same
 * transaction every entry not verified explicitly takes its self value as the verified value,
 * and a gate the agency left unticked (no entry) is recorded as verified "no violation".
 * Entries the agency marked N/A stay N/A. Irreversible for the verifier. The agency is told.
 */
export async function completeVerification(input: CompleteVerificationInput, step: Step = "write"): Promise<{ filled: string[] }> {
  const user = await requireUser();
  const { sheet, blocId } = await authorizeVerifier(user, input.sheetId);
  return db().$transaction(async (tx) => {
    await requireOpenPhase(tx, sheet.cycleId, "VERIFICATION");
    const current = await tx.scoreSheet.findUniqueOrThrow({
      where: { id: sheet.id },
      select: {
        status: true,
        version: true,
        entries: { select: { id: true, criterionId: true, isNA: true, selfInput: true, actual: true, target: true, selfPoints: true, verifiedAt: true } },
      },
    });
    const move = verificationStep(current.status, "COMPLETE");
    if (!move.ok) throw new AppError("INVALID_INPUT", move.message);
    if (current.version !== input.version) throw staleVerification();
    stopIfChecking(step);
    const { count } = await tx.scoreSheet.updateMany({
      where: { id: sheet.id, version: input.version },
      data: { status: "VERIFIED", verifiedAt: new Date(), verifiedById: user.userId, version: { increment: 1 } },
    });
    if (count === 0) throw staleVerification();

    const criteria = await tx.criterion.findMany({
      where: { tableId: sheet.tableId, type: { not: "GROUP" } },
      select: { id: true, code: true, type: true, minPoints: true, maxPoints: true },
    });
    const byCriterion = new Map(current.entries.map((e) => [e.criterionId, e]));
    const now = new Date();
    const stamp = { verifiedById: user.userId, verifiedAt: now, verifyReason: null };
    const filled: string[] = [];
    for (const c of criteria) {
      const e = byCriterion.get(c.id);
      if (e?.verifiedAt) continue;
      if (!e) {
        if (c.type !== "GATE") continue; // a submitted sheet has every other entry
        await tx.scoreEntry.create({
          data: { sheetId: sheet.id, criterionId: c.id, minPoints: c.minPoints, maxPoints: c.maxPoints, verifiedActual: 0, ...stamp },
        });
        filled.push(c.code);
        continue;
      }
      const v = e.isNA
        ? { points: null, actual: null, target: null }
        : selfAsVerified(c.type, { isNA: e.isNA, selfInput: num(e.selfInput), actual: num(e.actual), target: num(e.target), selfPoints: num(e.selfPoints) });
      await tx.scoreEntry.update({ where: { id: e.id }, data: { verifiedPoints: v.points, verifiedActual: v.actual, verifiedTarget: v.target, ...stamp } });
      filled.push(c.code);
    }
    await writeAudit(tx, {
      actorId: user.userId,
      action: "score-sheet.verify",
      entity: "ScoreSheet",
      entityId: sheet.id,
      blocId,
      before: { status: current.status, version: current.version },
      after: { status: move.next, version: current.version + 1, agencyId: sheet.agencyId, filledFromSelf: filled },
    });
    await notifySheetAgency(tx, sheet, { kind: "SHEET_VERIFIED" });
    return { filled };
  });
}
