import "server-only";
import { verificationStep } from "@/lib/domain/verification";
import type { ReturnSheetInput } from "@/lib/schemas/verification";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorizeVerifier, staleVerification } from "./verification-context";
import type { Step } from "@/lib/forms/step";
import { stopIfChecking } from "@/lib/server/check-step";
import { notifySheetAgency } from "./internal/notify-sheet";

/**
 * "Trả lại bảng điểm": the verifier returns a SUBMITTED sheet to its agency with a reason
 * (→ RETURNED). The agency sees the reason, may edit its sheet again and resubmits it (which
 * clears the reason). Values verified so far are kept. The agency's leader and officers are told.
 */
export async function returnSheet(input: ReturnSheetInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const { sheet, blocId } = await authorizeVerifier(user, input.sheetId);
  await db().$transaction(async (tx) => {
    await requireOpenPhase(tx, sheet.cycleId, "VERIFICATION");
    const current = await tx.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { status: true, version: true, returnReason: true } });
    const move = verificationStep(current.status, "RETURN");
    if (!move.ok) throw new AppError("INVALID_INPUT", move.message);
    if (current.version !== input.version) throw staleVerification();
    stopIfChecking(step);
    const { count } = await tx.scoreSheet.updateMany({
      where: { id: sheet.id, version: input.version },
      data: { status: move.next, returnReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw staleVerification();
    await writeAudit(tx, {
      actorId: user.userId,
      action: "score-sheet.return",
      entity: "ScoreSheet",
      entityId: sheet.id,
      blocId,
      before: { status: current.status, version: current.version, returnReason: current.returnReason },
      after: { status: move.next, version: current.version + 1, agencyId: sheet.agencyId, returnReason: input.reason },
      reason: input.reason,
    });
    await notifySheetAgency(tx, sheet, { kind: "SHEET_RETURNED", reason: input.reason });
  });
}
