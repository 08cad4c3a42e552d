import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttachEvidenceInput } from "@/lib/schemas/self-scoring";
import { requireUser } from "@/lib/server/auth/current-user";
import { requireSubmissionWindow } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { checkEvidence } from "@/lib/server/files/internal/save-evidence";
import type { UploadBody } from "@/lib/server/files/upload";
import { checkSheetForEdit, findSheet, GROUP_NOT_SCORED, storedAsInput, storedEntries, takeSheetForEdit, writeEntry } from "./internal/write-entries";
import { findLockedTable } from "./locked-table";
import { requireOwnSheetEditor, staleSheet } from "./sheet-guards";

const NOT_FOUND = "Không tìm thấy tiêu chí này.";

/**
 * The agency's officer or leader attaches one evidence file to one criterion row of its
 * self-scoring sheet, sent on its own so that the browser shows its progress (the upload route
 * of the sheet, docs/decisions/0022-evidence-upload-route.md). The same checks and the same
 * write as evidence sent with the sheet save: the row's values stay as stored, the file is checked
 * by content and size, the row is audited with its files, and the sheet's version moves (the
 * form's next save carries the version this returns).
 * Who, the phase and the sheet are checked before the body is read, so a refused upload is not
 * read at all; they are checked again, with the table and the row, in the transaction that writes.
 */
export async function attachEvidence(input: AttachEvidenceInput & { blocId: string; year: number; agencyCode: string }, body: UploadBody) {
  const user = await requireUser();
  const [agency, criterion] = await Promise.all([
    db().agency.findUnique({ where: { code: input.agencyCode }, select: { id: true } }),
    db().criterion.findUnique({
      where: { id: input.criterionId },
      select: { id: true, tableId: true, table: { select: { cycleId: true, cycle: { select: { blocId: true, year: true } } } } },
    }),
  ]);
  const cycle = criterion?.table.cycle;
  if (!agency || !criterion || cycle?.blocId !== input.blocId || cycle.year !== input.year) throw new AppError("NOT_FOUND", NOT_FOUND);
  const { blocId, year } = cycle;
  const agencyId = agency.id;
  await requireOwnSheetEditor(user, { blocId, year, agencyId }, NOT_FOUND);

  const cycleId = criterion.table.cycleId;
  // The phase and the sheet, before the body is read (cheap: the table is read in the transaction).
  const open = async (client: Prisma.TransactionClient) => {
    await requireSubmissionWindow(client, cycleId, agencyId, "SELF_SCORING");
    const sheet = await findSheet(client, criterion.tableId, agencyId);
    checkSheetForEdit(sheet, input.version);
    return sheet;
  };
  await open(db());

  // Read outside the transaction: a slow upload must not hold it open.
  const file = await body();
  await checkEvidence([file]);
  try {
    return await db().$transaction(async (tx) => {
      const sheet = await open(tx);
      const table = await findLockedTable(tx, cycleId);
      if (!table || table.id !== criterion.tableId) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      const def = table.criteria.find((c) => c.id === criterion.id)!;
      if (def.type === "GROUP") throw new AppError("INVALID_INPUT", GROUP_NOT_SCORED);
      const sheetId = await takeSheetForEdit(tx, sheet, { cycleId, tableId: table.id, agencyId, version: input.version });
      const before = (await storedEntries(tx, sheetId, [def.id])).get(def.id);
      const version = input.version + 1;
      const at = { sheetId, blocId, agencyId, actorId: user.userId, sheetVersion: version };
      const { added } = await writeEntry(tx, at, def, storedAsInput(before, [file]), before);
      return { version, name: added[0]! };
    });
  } catch (e) {
    // Two first saves of the same sheet at once: the second is stale.
    if (isUniqueViolation(e)) throw staleSheet();
    throw e;
  }
}
