import "server-only";
import type { ScoreSheetDocData } from "@/lib/documents/score-sheet-docx";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getScoreSheet } from "./get-score-sheet";

/**
 * One agency's self-score sheet as a document to sign (the .docx), for exactly those who see it on
 * the self-scoring pages: the access check is getScoreSheet's (its own agency, or those who read
 * every sheet; anyone else NOT_FOUND). NOT_FOUND too while no criteria table of the year is locked.
 */
export async function getScoreSheetDocument(blocId: string, year: number, agencyCode: string): Promise<ScoreSheetDocData> {
  const agency = await db().agency.findUnique({ where: { code: agencyCode }, select: { id: true, name: true } });
  if (!agency) throw new AppError("NOT_FOUND");
  const view = await getScoreSheet(blocId, year, agency.id);
  if (!view.table) throw new AppError("NOT_FOUND", `Bảng tiêu chí năm ${year} chưa được khóa.`);
  const letterhead = await blocLetterhead(blocId, year);
  if (!letterhead) throw new AppError("NOT_FOUND");
  return {
    year,
    agencyName: view.agency.name,
    letterhead,
    table: { title: view.table.title, version: view.table.version },
    status: view.sheet?.status ?? "DRAFT",
    submittedOn: view.sheet?.submittedAt ? todayInVietnam(view.sheet.submittedAt) : null,
    rows: view.rows,
    totals: view.totals,
  };
}
