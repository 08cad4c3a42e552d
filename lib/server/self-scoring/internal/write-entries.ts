import "server-only";
import { criterionPoints } from "@/lib/domain/scoring";
import { checkEntryValues, emptyMeansNone, toEngineEntry } from "@/lib/domain/self-scoring";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryValuesInput } from "@/lib/schemas/self-scoring";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { checkEvidence, storeEvidence } from "@/lib/server/files/internal/save-evidence";
import { storablePoints, type SheetCriterionRow } from "../locked-table";
import { requireEditableSheet, staleSheet } from "../sheet-guards";

/**
 * The writes behind saving self-scoring rows, shared by the one-row save and the whole-sheet
 * save. They take the caller's transaction and check nothing about who calls: the use cases in
 * the folder above do that first.
 */

export const GROUP_NOT_SCORED = "Điểm của nhóm là tổng điểm các tiêu chí con, không nhập trực tiếp.";

/** A row's field errors (value, isNA, files…), or null; evidence is checked by content and size. */
export async function entryErrors(def: SheetCriterionRow, input: EntryValuesInput): Promise<Record<string, string[]> | null> {
  if (def.type === "GROUP") return { value: [GROUP_NOT_SCORED] };
  const errors = checkEntryValues(def, { isNA: input.isNA, value: input.value, actual: input.actual, target: input.target });
  if (errors) return errors;
  try {
    await checkEvidence(input.files);
  } catch (e) {
    if (e instanceof AppError && e.fieldErrors) return e.fieldErrors;
    throw e;
  }
  return null;
}

type SheetRow = { id: string; status: string; version: number };

/** The agency's sheet on `tableId`, or null before its first save. */
export function findSheet(tx: Prisma.TransactionClient, tableId: string, agencyId: string): Promise<SheetRow | null> {
  return tx.scoreSheet.findUnique({ where: { tableId_agencyId: { tableId, agencyId } }, select: { id: true, status: true, version: true } });
}

/** Refuses an edit of a submitted sheet, or of another version than the one stored (0: no sheet yet). */
export function checkSheetForEdit(sheet: SheetRow | null, version: number): void {
  if (sheet) requireEditableSheet(sheet);
  if ((sheet?.version ?? 0) !== version) throw staleSheet();
}

/**
 * The sheet (as findSheet read it) taken for an edit of `version`: an editable sheet of that
 * version gets the next version; no sheet yet (version 0) gets a new one. Returns its id.
 */
export async function takeSheetForEdit(
  tx: Prisma.TransactionClient,
  sheet: SheetRow | null,
  where: { cycleId: string; tableId: string; agencyId: string; version: number },
): Promise<string> {
  checkSheetForEdit(sheet, where.version);
  if (!sheet) {
    return (await tx.scoreSheet.create({ data: { cycleId: where.cycleId, tableId: where.tableId, agencyId: where.agencyId }, select: { id: true } })).id;
  }
  const { count } = await tx.scoreSheet.updateMany({ where: { id: sheet.id, version: where.version }, data: { version: { increment: 1 } } });
  if (count === 0) throw staleSheet();
  return sheet.id;
}

/** The sheet's stored rows by criterion, with their files' names (for "unchanged" and the audit). */
export async function storedEntries(tx: Prisma.TransactionClient, sheetId: string, criterionIds?: readonly string[]) {
  const rows = await tx.scoreEntry.findMany({
    where: { sheetId, ...(criterionIds ? { criterionId: { in: [...criterionIds] } } : {}) },
    include: { files: { select: { originalName: true }, orderBy: { createdAt: "asc" } } },
  });
  return new Map(rows.map((r) => [r.criterionId, r]));
}
export type StoredEntry = NonNullable<ReturnType<Awaited<ReturnType<typeof storedEntries>>["get"]>>;

/** The row as stored: only the fields of its criterion's type. */
function storedValues(def: SheetCriterionRow, input: EntryValuesInput) {
  return {
    isNA: input.isNA,
    selfInput: def.type === "QUANTITATIVE" ? null : input.value,
    actual: def.type === "QUANTITATIVE" ? input.actual : null,
    target: def.type === "QUANTITATIVE" ? input.target : null,
  };
}

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * Would saving this row change nothing? True when it matches what is stored and brings no file,
 * or, with nothing stored, when it says nothing an absent row does not already say. The whole-sheet save sends every row; only the
 * changed ones are written and audited.
 */
export function unchanged(def: SheetCriterionRow, input: EntryValuesInput, before: StoredEntry | undefined): boolean {
  if (input.files.length > 0) return false;
  const v = storedValues(def, input);
  const explanation = input.explanation ?? null;
  // An unticked gate or a bonus/penalty of 0 is what an absent row already means (emptyMeansNone).
  const none = v.selfInput === null || (emptyMeansNone(def.type) && v.selfInput === 0);
  if (!before) return !v.isNA && none && v.actual === null && v.target === null && explanation === null;
  return (
    before.isNA === v.isNA &&
    num(before.selfInput) === v.selfInput &&
    num(before.actual) === v.actual &&
    num(before.target) === v.target &&
    (before.explanation ?? null) === explanation
  );
}

/**
 * The row's values as stored, as a save would send them: evidence attached on its own
 * (attach-evidence.ts) is written by writeEntry with these, so the values stay as they are.
 */
export function storedAsInput(before: StoredEntry | undefined, files: File[]): EntryValuesInput {
  return {
    isNA: before?.isNA ?? false,
    value: before ? num(before.selfInput) : null,
    actual: before ? num(before.actual) : null,
    target: before ? num(before.target) : null,
    explanation: before?.explanation ?? null,
    files,
  };
}

/**
 * Writes one row of a sheet taken for edit: its values, the points the engine gives them, its new
 * evidence (stored in the same transaction) and the audit row. Returns the stored points and the
 * names of the files it stored.
 */
export async function writeEntry(
  tx: Prisma.TransactionClient,
  at: { sheetId: string; blocId: string; agencyId: string; actorId: string; sheetVersion: number },
  def: SheetCriterionRow,
  input: EntryValuesInput,
  before: StoredEntry | undefined,
): Promise<{ selfPoints: number | null; added: string[] }> {
  const values = storedValues(def, input);
  const selfPoints = storablePoints(criterionPoints(def, toEngineEntry(def.type, def.id, values)), def);
  const data = { ...values, explanation: input.explanation, selfPoints, minPoints: def.minPoints, maxPoints: def.maxPoints };
  const key = { sheetId_criterionId: { sheetId: at.sheetId, criterionId: def.id } };
  const entry = await tx.scoreEntry.upsert({ where: key, create: { sheetId: at.sheetId, criterionId: def.id, ...data }, update: data, select: { id: true } });
  const added = await storeEvidence(tx, input.files, { blocId: at.blocId, uploadedById: at.actorId, link: { scoreEntryId: entry.id } });
  const fileNames = before?.files.map((f) => f.originalName) ?? [];
  await writeAudit(tx, {
    actorId: at.actorId,
    action: before ? "score-entry.update" : "score-entry.create",
    entity: "ScoreEntry",
    entityId: entry.id,
    blocId: at.blocId,
    before: before && {
      isNA: before.isNA,
      selfInput: before.selfInput,
      actual: before.actual,
      target: before.target,
      selfPoints: before.selfPoints,
      explanation: before.explanation,
      files: fileNames,
    },
    after: { criterionCode: def.code, agencyId: at.agencyId, ...data, sheetVersion: at.sheetVersion, files: [...fileNames, ...added] },
  });
  return { selfPoints, added };
}
