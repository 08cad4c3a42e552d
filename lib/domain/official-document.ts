/**
 * A document ready to sign, in Vietnamese administrative layout: Nghị định 30/2020/NĐ-CP (Phụ lục I)
 * for State bodies, Hướng dẫn 36-HD/VPTW for Party bodies (docs/domain/documents.md#document-format).
 * What every such document carries whatever it says — the issuer hierarchy, the number line, the
 * place and date, the title, the signature blocks and "Nơi nhận" — as plain data;
 * lib/documents/official-docx.ts draws it. Pure.
 */

export type DocBlock =
  | { kind: "heading"; text: string }
  | { kind: "para"; text: string; italics?: boolean; bold?: boolean; center?: boolean }
  | {
      kind: "table";
      head: string[];
      /** Percentages of the text width. */
      widths: number[];
      rows: string[][];
      /** Per column; by default the first column is centred and the others left. */
      align?: ("left" | "center" | "right")[];
      /** Rows drawn in bold (group rows, totals), by index. */
      boldRows?: number[];
    };

export interface DocSigner {
  /** The signing authority and title, one line each ("TM. KHỐI THI ĐUA", "TRƯỞNG KHỐI"). */
  role: string[];
  /** Blank when not known: the signer writes it by hand. */
  name: string | null;
  /** Under the title; "(Ký, ghi rõ họ tên)" unless said otherwise, e.g. "(Đã ký)" for a copy. */
  hint?: string;
}

export interface OfficialDoc {
  /** Party bodies use the Party format ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-BB/…"); others the State one. */
  isParty: boolean;
  /** The left header, top to bottom: the governing body (when there is one) over the issuing body. */
  issuer: string[];
  numberLine: string | null;
  /** Named before the date; "…" to fill in when not known. */
  place: string | null;
  /** The day (yyyy-MM-dd) when known, else only the year, left to fill in. */
  dated: { day: string | null; year: number };
  /** "DỰ THẢO", "ĐÃ BỊ HỦY": above the title, for a text that is not the signed one. */
  mark?: string | null;
  title: string;
  subtitle: string | null;
  blocks: DocBlock[];
  signers: DocSigner[];
  /** "Nơi nhận" lines; none for the dossier's reports. */
  recipients?: string[];
  /** The file's title property. */
  docTitle?: string;
}

/** What a bloc's own documents (minutes) are headed with: the bloc over its head's agency. */
export interface BlocLetterhead {
  blocName: string;
  blocKind: "KHOI" | "CUM";
  isParty: boolean;
  /** The province, or Hà Nội for a central bloc. */
  place: string | null;
  /** The Trưởng khối's agency for the year, in whose name bloc documents are issued. */
  headAgencyName: string | null;
}

/** Left header: "KHỐI THI ĐUA …" and the bloc's name in capitals, without saying "khối thi đua" twice. */
export function issuerLine(blocName: string, kind: "KHOI" | "CUM"): string {
  const name = blocName.trim();
  if (/^(khối|cụm) thi đua/i.test(name)) return name.toLocaleUpperCase("vi-VN");
  return `${kind === "CUM" ? "CỤM" : "KHỐI"} THI ĐUA ${name.toLocaleUpperCase("vi-VN")}`;
}

/**
 * The number and symbol line. The State writes "Số: 12/QĐ-UBND", the Party "Số 68-QĐ/TU" (no
 * colon, the number before the kind). Without a number, the kind with dots for the office to fill
 * in: "Số: …/BB-…", "Số …-BB/…".
 */
export function numberLine(isParty: boolean, kind: string, number?: string | null): string {
  const n = number?.trim();
  if (n) return isParty ? `Số ${n.replace(/^số:?\s*/i, "")}` : `Số: ${n.replace(/^số:?\s*/i, "")}`;
  return isParty ? `Số …-${kind}/…` : `Số: …/${kind}-…`;
}

/** The last "Nơi nhận" line: the Party files with its office, the State with its clerical office. */
export function archiveLine(isParty: boolean): string {
  return isParty ? "- Lưu Văn phòng." : "- Lưu: VT.";
}

/** "Nơi nhận" with the archive line last; every line but the last ends with ";". */
export function recipientLines(lines: readonly string[], isParty: boolean): string[] {
  return [...lines.map((l) => `- ${l.replace(/^-\s*/, "").replace(/[;.]+$/, "")};`), archiveLine(isParty)];
}

const GOVERNING = /\s((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)(?:\s.*)?|(?:Ủy ban nhân dân|UBND)(?:\s.*)?|Trung ương)$/iu;

/**
 * An agency's name as the issuer hierarchy: the governing body named in it over the agency itself,
 * "Ban Tổ chức Tỉnh ủy Kon Tum" → ["Tỉnh ủy Kon Tum", "Ban Tổ chức"], "Ban Tổ chức Trung ương" →
 * ["Ban Chấp hành Trung ương", "Ban Tổ chức"]. A governing body named without its province
 * ("Ban Tuyên giáo Tỉnh ủy") takes the bloc's. A name without one stands alone ("Báo Kon Tum").
 */
export function agencyIssuer(name: string, province: string | null): string[] {
  const full = name.trim().replace(/\s+/g, " ");
  const m = GOVERNING.exec(full);
  if (!m || m.index === 0) return [full];
  const own = full.slice(0, m.index);
  let governing = m[1]!.replace(/^UBND\b/u, "Ủy ban nhân dân");
  if (/^trung ương$/iu.test(governing)) governing = "Ban Chấp hành Trung ương";
  else if (/^(?:(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)|Ủy ban nhân dân tỉnh)$/iu.test(governing) && province) governing = `${governing} ${province}`;
  return [governing, own];
}

/**
 * The place named before the date in a bloc's documents: its province, or Hà Nội for a central bloc
 * (its members sit in the capital); null when neither is known, for the office to fill in.
 */
export function documentPlace(province: string | null, level: "CENTRAL" | "PROVINCE" | "DISTRICT"): string | null {
  return province?.trim() || (level === "CENTRAL" ? "Hà Nội" : null);
}
