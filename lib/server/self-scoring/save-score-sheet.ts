import "server-only";
import { addRowErrors } from "@/lib/forms/sheet-fields";
import type { SaveScoreSheetInput } from "@/lib/schemas/self-scoring";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireSubmissionWindow } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { sheetRefusal } from "@/lib/server/sheet-refusal";
import { checkSheetForEdit, entryErrors, findSheet, storedEntries, takeSheetForEdit, unchanged, writeEntry } from "./internal/write-entries";
import { findLockedTable } from "./locked-table";
import { requireOwnSheetEditor, staleSheet } from "./sheet-guards";

const NOT_FOUND = "Không tìm thấy bảng tiêu chí này.";

/**
 * The agency's officer or leader saves its self-scoring sheet, every row at once (a draft; the
 * page also saves this way on its own while people type). Every row is checked before anything
 * is written, so one wrong row refuses the save with its message next to it and writes nothing.
 * Only the rows that change are written and audited, and the sheet's version moves once; a save
 * that changes nothing writes nothing and keeps the version.
 */
export async function saveScoreSheet(input: SaveScoreSheetInput): Promise<{ version: number; saved: number }> {
  const user = await requireUser();
  const found = await db().criteriaTable.findUnique({
    where: { id: input.tableId },
    select: { id: true, cycleId: true, cycle: { select: { blocId: true, year: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
  const { blocId, year } = found.cycle;
  await requireOwnSheetEditor(user, { blocId, year, agencyId: input.agencyId }, NOT_FOUND);

  try {
    return await db().$transaction(async (tx) => {
      await requireSubmissionWindow(tx, found.cycleId, input.agencyId, "SELF_SCORING");
      const table = await findLockedTable(tx, found.cycleId);
      if (!table || table.id !== found.id) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      const defs = new Map(table.criteria.map((c) => [c.id, c]));

      const rows = Object.entries(input.entries);
      const errors: Record<string, string[]> = {};
      for (const [criterionId, values] of rows) {
        const def = defs.get(criterionId);
        const rowErrors = def ? await entryErrors(def, values) : { value: ["Tiêu chí này không thuộc bảng tiêu chí đang áp dụng."] };
        addRowErrors(errors, criterionId, rowErrors);
      }
      if (Object.keys(errors).length > 0) throw sheetRefusal(errors);

      const sheet = await findSheet(tx, table.id, input.agencyId);
      checkSheetForEdit(sheet, input.version);
      const before = sheet ? await storedEntries(tx, sheet.id) : new Map();
      const changed = rows.filter(([criterionId, values]) => !unchanged(defs.get(criterionId)!, values, before.get(criterionId)));
      if (changed.length === 0) return { version: input.version, saved: 0 };

      const sheetId = await takeSheetForEdit(tx, sheet, { cycleId: found.cycleId, tableId: table.id, agencyId: input.agencyId, version: input.version });
      const version = input.version + 1;
      const at = { sheetId, blocId, agencyId: input.agencyId, actorId: user.userId, sheetVersion: version };
      for (const [criterionId, values] of changed) await writeEntry(tx, at, defs.get(criterionId)!, values, before.get(criterionId));
      return { version, saved: changed.length };
    });
  } catch (e) {
    // Two first saves of the same sheet at once: the second is stale.
    if (isUniqueViolation(e)) throw staleSheet();
    throw e;
  }
}
