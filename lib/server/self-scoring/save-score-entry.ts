import "server-only";
import type { SaveScoreEntryInput } from "@/lib/schemas/self-scoring";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireSubmissionWindow } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { entryErrors, findSheet, GROUP_NOT_SCORED, storedEntries, takeSheetForEdit, writeEntry } from "./internal/write-entries";
import { findLockedTable } from "./locked-table";
import { requireOwnSheetEditor, staleSheet } from "./sheet-guards";

/**
 * The agency's officer or leader saves one criterion row of its self-scoring sheet (a draft);
 * the sheet's own page saves every row at once (save-score-sheet.ts), with the same writes.
 * The bloc, year and table come from the criterion; the sheet is the agency's sheet on the
 * cycle's latest LOCKED table (created on the first save). Points are computed here with the
 * engine, never taken from the form. The save names the sheet version it edited.
 */
export async function saveScoreEntry(input: SaveScoreEntryInput): Promise<{ version: number; selfPoints: number | null }> {
  const user = await requireUser();
  const criterion = await db().criterion.findUnique({
    where: { id: input.criterionId },
    select: { id: true, code: true, tableId: true, table: { select: { cycleId: true, cycle: { select: { blocId: true, year: true } } } } },
  });
  if (!criterion) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này.");
  const { blocId, year } = criterion.table.cycle;
  await requireOwnSheetEditor(user, { blocId, year, agencyId: input.agencyId }, "Không tìm thấy tiêu chí này.");

  try {
    return await db().$transaction(async (tx) => {
      await requireSubmissionWindow(tx, criterion.table.cycleId, input.agencyId, "SELF_SCORING");
      const table = await findLockedTable(tx, criterion.table.cycleId);
      if (!table || table.id !== criterion.tableId) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      const def = table.criteria.find((c) => c.id === criterion.id)!;
      if (def.type === "GROUP") throw new AppError("INVALID_INPUT", GROUP_NOT_SCORED);
      // Values first, then evidence; a file's refusal names the file (entryErrors).
      const errors = await entryErrors(def, input);
      if (errors) throw new AppError("INVALID_INPUT", errors.files?.[0] ?? "Vui lòng kiểm tra lại các trường được đánh dấu.", errors);

      const sheet = await findSheet(tx, table.id, input.agencyId);
      const sheetId = await takeSheetForEdit(tx, sheet, {
        cycleId: criterion.table.cycleId,
        tableId: table.id,
        agencyId: input.agencyId,
        version: input.version,
      });
      const before = (await storedEntries(tx, sheetId, [def.id])).get(def.id);
      const version = input.version + 1;
      const at = { sheetId, blocId, agencyId: input.agencyId, actorId: user.userId, sheetVersion: version };
      const { selfPoints } = await writeEntry(tx, at, def, input, before);
      return { version, selfPoints };
    });
  } catch (e) {
    // Two first saves of the same sheet at once: the second is stale.
    if (isUniqueViolation(e)) throw staleSheet();
    throw e;
  }
}
