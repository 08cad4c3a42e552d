import "server-only";
import { checkVerifiedValue, differsFromSelf, verificationStep, type VerifiedValues } from "@/lib/domain/verification";
import type { VerifyEntryInput } from "@/lib/schemas/verification";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isCheckViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { authorizeVerifier, staleVerification } from "./verification-context";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The agency's verifier sets the verified value of one entry of a SUBMITTED sheet, while the
 * VERIFICATION phase is open and the year is scored by verification. What is stored depends on
 * the criterion type (lib/domain/verification.ts); a value that differs from the self value
 * needs a reason. The save names the sheet version it edited.
 */
export async function verifyEntry(input: VerifyEntryInput): Promise<{ version: number }> {
  const user = await requireUser();
  const { sheet, blocId } = await authorizeVerifier(user, input.sheetId);
  try {
    return await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, sheet.cycleId, "VERIFICATION");
      const current = await tx.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { status: true, version: true } });
      const step = verificationStep(current.status, "VERIFY_ENTRY");
      if (!step.ok) throw new AppError("INVALID_INPUT", step.message);
      if (current.version !== input.version) throw staleVerification();
      const criterion = await tx.criterion.findUnique({
        where: { id: input.criterionId },
        select: { id: true, code: true, tableId: true, type: true, minPoints: true, maxPoints: true },
      });
      if (!criterion || criterion.tableId !== sheet.tableId) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này trong bảng điểm.");
      const def = { type: criterion.type, minPoints: criterion.minPoints.toNumber(), maxPoints: criterion.maxPoints.toNumber() };

      const key = { sheetId_criterionId: { sheetId: sheet.id, criterionId: criterion.id } };
      const before = await tx.scoreEntry.findUnique({ where: key });
      const self = before && {
        isNA: before.isNA,
        selfInput: num(before.selfInput),
        actual: num(before.actual),
        target: num(before.target),
        selfPoints: num(before.selfPoints),
      };
      const value: VerifiedValues =
        def.type === "QUANTITATIVE"
          ? { points: null, actual: input.actual, target: input.target }
          : def.type === "GATE"
            ? { points: null, actual: input.violation ? 1 : 0, target: null }
            : { points: input.points, actual: null, target: null };
      const errors = checkVerifiedValue(def, self, value, input.reason);
      if (errors) throw new AppError("INVALID_INPUT", errors._?.[0] ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", errors);

      const { count } = await tx.scoreSheet.updateMany({ where: { id: sheet.id, version: input.version }, data: { version: { increment: 1 } } });
      if (count === 0) throw staleVerification();
      const data = {
        verifiedPoints: value.points,
        verifiedActual: value.actual,
        verifiedTarget: value.target,
        verifyReason: input.reason,
        verifiedById: user.userId,
        verifiedAt: new Date(),
      };
      const entry = await tx.scoreEntry.upsert({
        where: key,
        create: { sheetId: sheet.id, criterionId: criterion.id, minPoints: def.minPoints, maxPoints: def.maxPoints, ...data },
        update: data,
        select: { id: true },
      });
      const version = input.version + 1;
      await writeAudit(tx, {
        actorId: user.userId,
        action: "score-entry.verify",
        entity: "ScoreEntry",
        entityId: entry.id,
        blocId,
        before: before && {
          verifiedPoints: before.verifiedPoints,
          verifiedActual: before.verifiedActual,
          verifiedTarget: before.verifiedTarget,
          verifyReason: before.verifyReason,
        },
        after: {
          criterionCode: criterion.code,
          agencyId: sheet.agencyId,
          selfPoints: before?.selfPoints ?? null,
          verifiedPoints: value.points,
          verifiedActual: value.actual,
          verifiedTarget: value.target,
          verifyReason: input.reason,
          changed: differsFromSelf(def.type, self, value),
          sheetVersion: version,
        },
        reason: input.reason,
      });
      return { version };
    });
  } catch (e) {
    if (isCheckViolation(e))
      throw new AppError("INVALID_INPUT", `Điểm thẩm định phải nằm trong khoảng điểm của tiêu chí.`, { points: ["Điểm thẩm định ngoài khoảng cho phép."] });
    throw e;
  }
}
