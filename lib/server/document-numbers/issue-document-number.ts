import "server-only";
import { formatSymbol } from "@/lib/domain/document-numbers";
import type { Step } from "@/lib/forms/step";
import type { IssueDocumentNumberInput } from "@/lib/schemas/document-numbers";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { NUMBERED_NOT_FOUND, numberedSubject } from "./internal/numbered-subject";
import { ALREADY_NUMBERED, issuedNumber, NUMBER_ROW, type IssuedNumber } from "./internal/number-row";

/**
 * "Cấp số": gives the document the next number of the bloc's series for this calendar year
 * (docs/decisions/0044-document-numbers.md), by whoever signs it (internal/numbered-subject.ts).
 * A document numbered already answers its number again, unchanged, and writes nothing. The
 * series' counter row is locked FOR UPDATE before the document is looked at again, so two
 * numbers at once wait for each other: no number twice, and a refusal after the increment rolls
 * it back with the rest, so no gap either. Audited.
 */
export async function issueDocumentNumber(input: IssueDocumentNumberInput, step: Step = "write"): Promise<IssuedNumber> {
  const user = await requireUser();
  const subject = await numberedSubject(input.document, input.subjectId);
  authorize(user, subject?.action ?? "bloc:manage", subject, {
    notFound: NUMBERED_NOT_FOUND,
    forbidden: "Chỉ người ký văn bản này (Trưởng khối; với biên bản, báo cáo cả Thư ký khối) được cấp số.",
  });
  const key = { document_subjectId: { document: subject.document, subjectId: subject.subjectId } };
  const existing = await db().documentNumber.findUnique({ where: key, select: NUMBER_ROW });
  if (!existing && subject.notReady) throw new AppError("INVALID_INPUT", subject.notReady);
  stopIfChecking(step);
  if (existing) return issuedNumber(existing, true);

  const today = todayInVietnam();
  const year = Number(today.slice(0, 4));
  const { seriesKey } = subject;
  try {
    return await db().$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "DocumentNumberCounter" ("seriesKey", "year", "last") VALUES (${seriesKey}, ${year}, 0) ON CONFLICT DO NOTHING`;
      await tx.$queryRaw`SELECT 1 FROM "DocumentNumberCounter" WHERE "seriesKey" = ${seriesKey} AND "year" = ${year} FOR UPDATE`;
      // Numbered by whoever held the lock before us: the same number, and the counter untouched.
      const again = await tx.documentNumber.findUnique({ where: key, select: NUMBER_ROW });
      if (again) return issuedNumber(again, true);
      const [counter] = await tx.$queryRaw<{ last: number }[]>`
        UPDATE "DocumentNumberCounter" SET "last" = "last" + 1 WHERE "seriesKey" = ${seriesKey} AND "year" = ${year} RETURNING "last"`;
      const sequence = counter!.last;
      const symbol = formatSymbol(subject.isParty, { sequence, kind: subject.kind, issuerCode: subject.issuerCode });
      const row = await tx.documentNumber.create({
        data: {
          blocId: subject.blocId,
          cycleId: subject.cycleId,
          seriesKey,
          issuerCode: subject.issuerCode,
          year,
          kind: subject.kind,
          sequence,
          symbol,
          document: subject.document,
          subjectId: subject.subjectId,
          source: "ISSUED",
          issuedOn: new Date(`${today}T00:00:00Z`),
          issuedById: user.userId,
          note: input.note,
        },
        select: NUMBER_ROW,
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "document-number.issue",
        entity: "DocumentNumber",
        entityId: row.id,
        blocId: subject.blocId,
        after: { document: subject.document, subjectId: subject.subjectId, symbol, year, sequence, note: input.note },
      });
      return issuedNumber(row, false);
    });
  } catch (e) {
    // A number recorded by hand for the same document meanwhile: that one stands.
    if (isUniqueViolation(e)) {
      const row = await db().documentNumber.findUnique({ where: key, select: NUMBER_ROW });
      if (row) throw new AppError("CONFLICT", ALREADY_NUMBERED(row.symbol));
    }
    throw e;
  }
}
