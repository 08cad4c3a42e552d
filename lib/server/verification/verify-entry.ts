import "server-only";
import type { VerifyEntryInput } from "@/lib/schemas/verification";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isCheckViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { outOfRange, sheetEntries, verificationErrors, verifiedValueOf, verifyDefs, writeVerification } from "./internal/write-verification";
import { authorizeVerifier, moveSheetVersion, openForVerifying, staleVerification } from "./verification-context";

/**
 * The agency's verifier sets the verified value of one entry of a SUBMITTED sheet, while the
 * VERIFICATION phase is open and the year is scored by verification; the sheet's page saves every
 * row at once (save-verification-sheet.ts) with the same writes. What is stored depends on the
 * criterion type (lib/domain/verification.ts); a value that differs from the self value needs a
 * reason. The save names the sheet version it edited.
 */
export async function verifyEntry(input: VerifyEntryInput): Promise<{ version: number }> {
  const user = await requireUser();
  const { sheet, blocId } = await authorizeVerifier(user, input.sheetId);
  try {
    return await db().$transaction(async (tx) => {
      if ((await openForVerifying(tx, sheet)) !== input.version) throw staleVerification();
      const def = (await verifyDefs(tx, sheet.tableId)).get(input.criterionId);
      if (!def) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này trong bảng điểm.");

      const before = (await sheetEntries(tx, sheet.id, [def.id])).get(def.id);
      const value = verifiedValueOf(def.type, input);
      const errors = verificationErrors(def, before, value, input.reason);
      if (errors) throw new AppError("INVALID_INPUT", errors.row?.[0] ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", errors);

      const version = await moveSheetVersion(tx, sheet.id, input.version);
      const at = { sheetId: sheet.id, blocId, agencyId: sheet.agencyId, actorId: user.userId, sheetVersion: version };
      await writeVerification(tx, at, def, before, value, input.reason);
      return { version };
    });
  } catch (e) {
    if (isCheckViolation(e)) throw outOfRange();
    throw e;
  }
}
