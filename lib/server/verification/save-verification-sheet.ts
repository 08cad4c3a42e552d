import "server-only";
import type { VerifiedValues } from "@/lib/domain/verification";
import { addRowErrors } from "@/lib/forms/sheet-fields";
import type { SaveVerificationSheetInput } from "@/lib/schemas/verification";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isCheckViolation } from "@/lib/server/db-errors";
import { sheetRefusal } from "@/lib/server/sheet-refusal";
import {
  outOfRange,
  sameVerification,
  sheetEntries,
  verificationErrors,
  verifiedValueOf,
  verifyDefs,
  withdrawVerification,
  writeVerification,
  type StoredEntry,
  type VerifyDef,
} from "./internal/write-verification";
import { authorizeVerifier, moveSheetVersion, openForVerifying, staleVerification } from "./verification-context";

type Write = { def: VerifyDef; before: StoredEntry | undefined } & ({ value: VerifiedValues; reason: string | null } | { withdraw: StoredEntry });

/**
 * The agency's verifier saves the verification of a SUBMITTED sheet, every row at once (the page
 * also saves this way on its own while people type; docs/decisions/0018). Every row is checked
 * first — the value by the criterion's type and range, a reason where it differs from the self
 * value — so one wrong row refuses the save with its message next to it and writes nothing. Only
 * the rows that change are written, each audited as verify-entry.ts does, and the sheet's version
 * moves once; a save that changes nothing keeps it. A stale version is refused.
 */
export async function saveVerificationSheet(input: SaveVerificationSheetInput): Promise<{ version: number; saved: number }> {
  const user = await requireUser();
  const { sheet, blocId } = await authorizeVerifier(user, input.sheetId);
  try {
    return await db().$transaction(async (tx) => {
      const stored = await openForVerifying(tx, sheet);

      const defs = await verifyDefs(tx, sheet.tableId);
      const entries = await sheetEntries(tx, sheet.id);
      const errors: Record<string, string[]> = {};
      const writes: Write[] = [];
      for (const [criterionId, row] of Object.entries(input.entries)) {
        const def = defs.get(criterionId);
        const before = entries.get(criterionId);
        if (!def) {
          addRowErrors(errors, criterionId, { row: ["Tiêu chí này không thuộc bảng điểm đang thẩm định."] });
        } else if (!row.verified) {
          if (before?.verifiedAt) writes.push({ def, before, withdraw: before });
        } else {
          const value = verifiedValueOf(def.type, row);
          const rowErrors = verificationErrors(def, before, value, row.reason);
          if (rowErrors) addRowErrors(errors, criterionId, rowErrors);
          else if (!sameVerification(before, value, row.reason)) writes.push({ def, before, value, reason: row.reason });
        }
      }
      if (Object.keys(errors).length > 0) throw sheetRefusal(errors);
      if (stored !== input.version) throw staleVerification();
      if (writes.length === 0) return { version: input.version, saved: 0 };

      const version = await moveSheetVersion(tx, sheet.id, input.version);
      const at = { sheetId: sheet.id, blocId, agencyId: sheet.agencyId, actorId: user.userId, sheetVersion: version };
      for (const w of writes) {
        if ("withdraw" in w) await withdrawVerification(tx, at, w.def, w.withdraw);
        else await writeVerification(tx, at, w.def, w.before, w.value, w.reason);
      }
      return { version, saved: writes.length };
    });
  } catch (e) {
    if (isCheckViolation(e)) throw outOfRange();
    throw e;
  }
}
