import "server-only";
import { numberedDocumentHref, type NumberedDocument } from "@/lib/domain/document-numbers";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface RegisterRow {
  id: string;
  symbol: string;
  sequence: number | null;
  kind: string;
  issuerCode: string;
  issuedOn: string;
  document: NumberedDocument;
  /** The year of the emulation cycle the document belongs to. */
  cycleYear: number;
  href: string;
  source: "ISSUED" | "RECORDED";
  issuedByName: string | null;
  note: string | null;
}

export interface DocumentRegister {
  year: number;
  /** Filter on the issuing body's abbreviation; null = all. */
  issuerCode: string | null;
  rows: RegisterRow[];
  /** The calendar years with numbers in the bloc's register, newest first, with `year` among them. */
  years: number[];
  /** The issuing bodies of the year's numbers (the bloc's own and those of recorded numbers). */
  issuerCodes: string[];
}

/** One register page at most: a bloc numbers a few documents a year. */
export const REGISTER_LIMIT = 1000;

/**
 * The bloc's register of numbers (sổ đăng ký số văn bản) for one calendar year of issue, optionally
 * of one issuing body: the bloc's own series in order, then the numbers recorded by hand, each
 * with a link to what it numbers. Any reader of the bloc. Three queries.
 */
export async function findDocumentNumbers(blocId: string, year: number, issuerCode: string | null = null): Promise<DocumentRegister> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [rows, years, bloc] = await Promise.all([
    db().documentNumber.findMany({
      where: { blocId, year, ...(issuerCode ? { issuerCode } : {}) },
      orderBy: [{ source: "asc" }, { sequence: "asc" }, { issuedOn: "asc" }, { createdAt: "asc" }],
      take: REGISTER_LIMIT,
      select: {
        id: true,
        symbol: true,
        sequence: true,
        kind: true,
        issuerCode: true,
        issuedOn: true,
        document: true,
        subjectId: true,
        source: true,
        note: true,
        issuedBy: { select: { name: true } },
        cycle: { select: { year: true, meetings: { where: { kind: "YEAR_END_CONFERENCE" }, select: { id: true } } } },
      },
    }),
    db().documentNumber.groupBy({ by: ["year", "issuerCode"], where: { blocId } }),
    db().bloc.findUnique({ where: { id: blocId }, select: { code: true } }),
  ]);
  const code = bloc?.code ?? "";
  return {
    year,
    issuerCode,
    rows: rows.map((r) => ({
      id: r.id,
      symbol: r.symbol,
      sequence: r.sequence,
      kind: r.kind,
      issuerCode: r.issuerCode,
      issuedOn: isoDay(r.issuedOn),
      document: r.document,
      cycleYear: r.cycle.year,
      href: numberedDocumentHref(r.document, code, r.cycle.year, r.subjectId, new Set(r.cycle.meetings.map((m) => m.id))),
      source: r.source,
      issuedByName: r.issuedBy?.name ?? null,
      note: r.note,
    })),
    years: [...new Set([year, ...years.map((y) => y.year)])].sort((a, b) => b - a),
    issuerCodes: [...new Set(years.filter((y) => y.year === year).map((y) => y.issuerCode))].sort(),
  };
}
