import "server-only";
import { symbolExample, type NumberedDocument } from "@/lib/domain/document-numbers";
import { can } from "@/lib/domain/permissions";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { NUMBERED_NOT_FOUND, numberedSubject } from "./internal/numbered-subject";

export interface DocumentNumberView {
  document: NumberedDocument;
  subjectId: string;
  number: { symbol: string; issuedOn: string; source: "ISSUED" | "RECORDED"; issuedByName: string | null; note: string | null } | null;
  /** Whoever signs the document (internal/numbered-subject.ts) gives or records its number. */
  canIssue: boolean;
  /** Why it cannot be numbered yet; null when it can. */
  notReady: string | null;
  isParty: boolean;
  /** A symbol in the bloc's layout for this kind, for the manual form's hint. */
  example: string;
}

/**
 * The number of one of the bloc's documents and whether the user may give it, for the document's
 * page (components/document-numbers/number-panel.tsx): any reader of the bloc. Four queries.
 */
export async function getDocumentNumber(document: NumberedDocument, subjectId: string): Promise<DocumentNumberView> {
  const user = await requireUser();
  const subject = await numberedSubject(document, subjectId);
  authorize(user, "bloc:read", subject, { notFound: NUMBERED_NOT_FOUND });
  const row = await db().documentNumber.findUnique({
    where: { document_subjectId: { document, subjectId } },
    select: { symbol: true, issuedOn: true, source: true, note: true, issuedBy: { select: { name: true } } },
  });
  return {
    document,
    subjectId,
    number: row && { symbol: row.symbol, issuedOn: isoDay(row.issuedOn), source: row.source, issuedByName: row.issuedBy?.name ?? null, note: row.note },
    canIssue: can(user, subject.action, { blocId: subject.blocId }),
    notReady: subject.notReady,
    isParty: subject.isParty,
    example: symbolExample(subject.isParty, subject.kind),
  };
}
