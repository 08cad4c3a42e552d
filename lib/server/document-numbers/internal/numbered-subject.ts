import "server-only";
import { blocIssuerCode, blocSeriesKey, DOCUMENT_KIND, type NumberedDocument } from "@/lib/domain/document-numbers";
import type { Action } from "@/lib/domain/permissions";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { db } from "@/lib/server/db";

/** What a numbered document is, for the use cases that number it: where it belongs and who signs it. */
export interface NumberedSubject {
  document: NumberedDocument;
  subjectId: string;
  blocId: string;
  blocCode: string;
  cycleId: string;
  /** The year of the cycle (not the year of issue). */
  cycleYear: number;
  isParty: boolean;
  kind: string;
  seriesKey: string;
  issuerCode: string;
  /** Who signs it may number it: the Trưởng khối the memo, the secretary and chair the minutes and the report. */
  action: Action;
  /** Why it cannot be numbered yet (a memo without a nomination sent); null when it can. */
  notReady: string | null;
}

/**
 * Who issues each document, as lib/domain/permissions has it: the memo is the Trưởng khối's
 * ("nomination:review", as sending the nominations it lists), the minutes the meeting's keepers
 * ("meeting:manage"), the year-end report its writers ("cycle:manage").
 */
const SIGNERS: Record<NumberedDocument, Action> = {
  DOSSIER_MEMO: "nomination:review",
  CONFERENCE_MINUTES: "meeting:manage",
  YEAR_END_REPORT: "cycle:manage",
};

export const NUMBERED_NOT_FOUND = "Không tìm thấy văn bản cần cấp số.";

/**
 * The document's bloc, cycle and layout, read from the database: the memo and the year-end report
 * are the cycle's (subjectId = the cycle), the minutes the meeting's. Checks nothing; null when
 * there is no such document. Three queries.
 */
export async function numberedSubject(document: NumberedDocument, subjectId: string): Promise<NumberedSubject | null> {
  const cycle =
    document === "CONFERENCE_MINUTES"
      ? (await db().meeting.findUnique({ where: { id: subjectId }, select: { cycle: { select: CYCLE } } }))?.cycle
      : await db().cycle.findUnique({ where: { id: subjectId }, select: CYCLE });
  if (!cycle) return null;
  const letterhead = await blocLetterhead(cycle.blocId, cycle.year);
  if (!letterhead) return null;
  return {
    document,
    subjectId,
    blocId: cycle.blocId,
    blocCode: cycle.bloc.code,
    cycleId: cycle.id,
    cycleYear: cycle.year,
    isParty: letterhead.isParty,
    kind: DOCUMENT_KIND[document],
    seriesKey: blocSeriesKey(cycle.blocId),
    issuerCode: blocIssuerCode(letterhead.blocKind),
    action: SIGNERS[document],
    notReady:
      document === "DOSSIER_MEMO" && cycle._count.nominations === 0 ? "Chưa có đề nghị nào được gửi cấp trên: tờ trình chưa có nội dung để cấp số." : null,
  };
}

const CYCLE = {
  id: true,
  blocId: true,
  year: true,
  bloc: { select: { code: true } },
  _count: { select: { nominations: { where: { status: "SENT" as const } } } },
} as const;
