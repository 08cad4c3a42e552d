/**
 * The number and symbol (số, ký hiệu) of the bloc's documents (docs/decisions/0044-document-numbers.md):
 * which documents are numbered and with which kind abbreviation, the series they run in, and the
 * symbol as printed after "Số" — the State layout "05/TTr-KTĐ" (Nghị định 30/2020/NĐ-CP, Phụ lục I:
 * a number under 10 takes a leading 0), the Party layout "12-BB/KTĐ" (Hướng dẫn 36-HD/VPTW).
 * Parsing a number typed in (one the agency's văn thư gave) gives the same canonical symbol, so
 * "5/TTr-BTCTU" and "Số: 05/TTr-BTCTU" are one number of the register. Pure.
 */

export type NumberedDocument = "DOSSIER_MEMO" | "CONFERENCE_MINUTES" | "YEAR_END_REPORT";
export const NUMBERED_DOCUMENTS: readonly NumberedDocument[] = ["DOSSIER_MEMO", "CONFERENCE_MINUTES", "YEAR_END_REPORT"];

/** The kind abbreviation printed in each document's symbol (labels: DOCUMENT_KIND_LABELS). */
export const DOCUMENT_KIND: Record<NumberedDocument, string> = {
  DOSSIER_MEMO: "TTr",
  CONFERENCE_MINUTES: "BB",
  YEAR_END_REPORT: "BC",
};

export const MAX_SEQUENCE = 99_999;

/**
 * The bloc's documents are issued in the bloc's name (lib/documents/minutes-docx.ts `blocIssuer`), so
 * the bloc is the issuing body of its series: "KTĐ" for a khối thi đua, "CTĐ" for a cụm.
 */
export function blocIssuerCode(kind: "KHOI" | "CUM"): string {
  return kind === "CUM" ? "CTĐ" : "KTĐ";
}

/** The key of the bloc's own series in the register and its counter. */
export function blocSeriesKey(blocId: string): string {
  return `bloc:${blocId}`;
}

export interface SymbolParts {
  sequence: number;
  kind: string;
  issuerCode: string;
}

/** The symbol as printed after "Số" / "Số:" in the bloc's layout. */
export function formatSymbol(isParty: boolean, p: SymbolParts): string {
  if (isParty) return `${p.sequence}-${p.kind}/${p.issuerCode}`;
  return `${String(p.sequence).padStart(2, "0")}/${p.kind}-${p.issuerCode}`;
}

const LETTERS = "\\p{L}";
const STATE = new RegExp(`^(\\d{1,5})\\s*/\\s*([${LETTERS}]{1,6})\\s*-\\s*([${LETTERS}\\d][${LETTERS}\\d.-]{0,29})$`, "u");
const PARTY = new RegExp(`^(\\d{1,5})\\s*-\\s*([${LETTERS}]{1,6})\\s*/\\s*([${LETTERS}\\d][${LETTERS}\\d./-]{0,29})$`, "u");

export type ParsedSymbol = ({ ok: true; symbol: string } & SymbolParts) | { ok: false; message: string };

/** An example of the layout, for messages: "05/TTr-BTCTU" or "12-TTr/BTCTU". */
export function symbolExample(isParty: boolean, kind: string): string {
  return formatSymbol(isParty, { sequence: isParty ? 12 : 5, kind, issuerCode: "BTCTU" });
}

/**
 * Reads a number typed in for a document of `kind`, in the bloc's layout: "Số: 05/TTr-BTCTU",
 * "5/TTr-BTCTU" (State) or "Số 12-TTr/BTCTU" (Party). The kind must be the document's; the issuing
 * body's abbreviation is written in capitals. Answers the canonical symbol or why it is refused.
 */
export function parseSymbol(text: string, isParty: boolean, kind: string): ParsedSymbol {
  const t = text
    .normalize("NFC")
    .trim()
    .replace(/^số\s*:?\s*/iu, "")
    .replace(/\s+/g, " ");
  const example = symbolExample(isParty, kind);
  const m = (isParty ? PARTY : STATE).exec(t);
  if (!m) {
    return { ok: false, message: `Số, ký hiệu không đúng thể thức ${isParty ? "văn bản của Đảng" : "văn bản hành chính"}: ghi theo dạng ${example}.` };
  }
  const sequence = Number(m[1]);
  if (sequence < 1 || sequence > MAX_SEQUENCE) return { ok: false, message: `Số văn bản phải từ 1 đến ${MAX_SEQUENCE}.` };
  if (m[2]!.toLocaleLowerCase("vi-VN") !== kind.toLocaleLowerCase("vi-VN")) {
    return { ok: false, message: `Văn bản này là loại ${kind}: ký hiệu phải có “${kind}”, ví dụ ${example}.` };
  }
  const issuerCode = m[3]!.toLocaleUpperCase("vi-VN");
  const parts = { sequence, kind, issuerCode };
  return { ok: true, ...parts, symbol: formatSymbol(isParty, parts) };
}

/**
 * Whether a number typed in may join the register: not one of the bloc's own series (those are
 * given by "Cấp số" only, so that the series has no gap and no number twice).
 */
export function recordedNumberRefusal(parsed: SymbolParts, ownIssuerCode: string): string | null {
  if (parsed.issuerCode === ownIssuerCode) {
    return `Số có ký hiệu ${ownIssuerCode} thuộc sổ của khối, do ứng dụng cấp theo thứ tự: dùng “Cấp số” thay vì ghi số tay.`;
  }
  return null;
}

export const DOCUMENT_NUMBER_PERMANENT = "Số đã cấp không bao giờ được thu hồi hay cấp lại cho văn bản khác.";

/** Where the numbered document is read: its page in the bloc's year (the minutes of another meeting: its .docx). */
export function numberedDocumentHref(
  document: NumberedDocument,
  blocCode: string,
  cycleYear: number,
  subjectId: string,
  yearEndMeetingIds: ReadonlySet<string>,
): string {
  const k = `/khoi/${encodeURIComponent(blocCode)}/${cycleYear}`;
  if (document === "DOSSIER_MEMO") return `${k}/khen-thuong/ho-so`;
  if (document === "YEAR_END_REPORT") return `${k}/tong-ket/bao-cao`;
  return yearEndMeetingIds.has(subjectId) ? `${k}/tong-ket/hoi-nghi/bien-ban` : `/api${k}/hoi-nghi/${subjectId}/docx`;
}

/** The register's address (?nam=&coquan=): the calendar year, this year by default or when out of range, and an issuing body. */
export function registerAddress(
  query: Record<string, string | string[] | undefined>,
  thisYear: number,
): { year: number; issuerCode: string | null; query: string } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const asked = Number(first(query.nam));
  const year = Number.isInteger(asked) && asked >= 1945 && asked <= 2200 ? asked : thisYear;
  const code = first(query.coquan)?.trim().normalize("NFC").toLocaleUpperCase("vi-VN") ?? "";
  const issuerCode = code && code.length <= 30 ? code : null;
  return { year, issuerCode, query: new URLSearchParams({ nam: String(year), ...(issuerCode ? { coquan: issuerCode } : {}) }).toString() };
}
