import "server-only";
import { parseSymbol, recordedNumberRefusal } from "@/lib/domain/document-numbers";
import { isoDay } from "@/lib/format";
import type { Step } from "@/lib/forms/step";
import type { RecordDocumentNumberInput } from "@/lib/schemas/document-numbers";
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

const refuse = (field: "symbol" | "issuedOn", message: string) => new AppError("INVALID_INPUT", message, { [field]: [message] });
const taken = (symbol: string, year: number) => `Số ${symbol} năm ${year} đã có trong sổ của khối cho văn bản khác; kiểm tra lại số do văn thư cấp.`;

/**
 * Records the number a document received outside the app (the agency's văn thư), by whoever may
 * issue it: the symbol in the bloc's layout and of the document's kind (lib/domain/document-numbers
 * `parseSymbol`), not of the bloc's own series, not already in the register for that year, the day
 * not in the future. A document has one number: one numbered already is refused. Audited.
 */
export async function recordDocumentNumber(input: RecordDocumentNumberInput, step: Step = "write"): Promise<IssuedNumber> {
  const user = await requireUser();
  const subject = await numberedSubject(input.document, input.subjectId);
  authorize(user, subject?.action ?? "bloc:manage", subject, {
    notFound: NUMBERED_NOT_FOUND,
    forbidden: "Chỉ người ký văn bản này (Trưởng khối; với biên bản, báo cáo cả Thư ký khối) được ghi số.",
  });
  const parsed = parseSymbol(input.symbol, subject.isParty, subject.kind);
  if (!parsed.ok) throw refuse("symbol", parsed.message);
  const own = recordedNumberRefusal(parsed, subject.issuerCode);
  if (own) throw refuse("symbol", own);
  const issuedOn = isoDay(input.issuedOn);
  if (issuedOn > todayInVietnam()) throw refuse("issuedOn", "Ngày cấp số không được sau hôm nay.");
  const year = Number(issuedOn.slice(0, 4));
  const key = { document_subjectId: { document: subject.document, subjectId: subject.subjectId } };
  const existing = await db().documentNumber.findUnique({ where: key, select: { symbol: true } });
  if (existing) throw new AppError("CONFLICT", ALREADY_NUMBERED(existing.symbol));
  const clash = await db().documentNumber.findUnique({
    where: { seriesKey_year_symbol: { seriesKey: subject.seriesKey, year, symbol: parsed.symbol } },
    select: { id: true },
  });
  if (clash) throw refuse("symbol", taken(parsed.symbol, year));
  stopIfChecking(step);

  try {
    return await db().$transaction(async (tx) => {
      const row = await tx.documentNumber.create({
        data: {
          blocId: subject.blocId,
          cycleId: subject.cycleId,
          seriesKey: subject.seriesKey,
          issuerCode: parsed.issuerCode,
          year,
          kind: subject.kind,
          sequence: null,
          symbol: parsed.symbol,
          document: subject.document,
          subjectId: subject.subjectId,
          source: "RECORDED",
          issuedOn: input.issuedOn,
          issuedById: user.userId,
          note: input.note,
        },
        select: NUMBER_ROW,
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "document-number.record",
        entity: "DocumentNumber",
        entityId: row.id,
        blocId: subject.blocId,
        after: { document: subject.document, subjectId: subject.subjectId, symbol: parsed.symbol, year, issuedOn, note: input.note },
      });
      return issuedNumber(row, false);
    });
  } catch (e) {
    // The same number, or a number for the same document, recorded meanwhile.
    if (isUniqueViolation(e)) {
      const row = await db().documentNumber.findUnique({ where: key, select: { symbol: true } });
      throw row ? new AppError("CONFLICT", ALREADY_NUMBERED(row.symbol)) : refuse("symbol", taken(parsed.symbol, year));
    }
    throw e;
  }
}
