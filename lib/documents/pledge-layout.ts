/**
 * The fixed parts of a pledge in Vietnamese administrative layout (docs/domain/documents.md#pledge-document),
 * shared by the printable page and the .docx: the issuer and national
 * headers, the place-and-date line, the title and the "Căn cứ" lines. Pure.
 */
import { issuerLine, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";

export interface PledgeDocData {
  /** Party agencies draft in the Party format ("ĐẢNG CỘNG SẢN VIỆT NAM"); others in the State format. */
  isParty: boolean;
  blocName: string;
  blocKind: "KHOI" | "CUM";
  /** The province (or "Hà Nội" for central blocs) named before the date. */
  place: string | null;
  /** The signing day ("yyyy-MM-dd"), null when not known yet. */
  signedOn: string | null;
  year: number;
  version: number;
  title: string;
  /** "DỰ THẢO" and the like for versions that are not the signed text. */
  statusMark: string | null;
  theme: string | null;
  bases: string[];
  /** target: the measurable target with its comparator (lib/domain/pledge targetText), null for none. */
  commitments: { number: number; text: string; target: string | null }[];
  /** Every member agency, signed or not (blank signer for those that have not). */
  signers: { agencyName: string; signerTitle: string | null; signerName: string | null; signedOn: string | null }[];
}

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");

// The left header's bloc line is a rule of the document layout, kept with it in lib/domain.
export { issuerLine } from "@/lib/domain/official-document";

export function nationalLines(isParty: boolean): string[] {
  return isParty ? ["ĐẢNG CỘNG SẢN VIỆT NAM"] : ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
}

/**
 * "Kon Tum, ngày 06 tháng 02 năm 2024", "Hà Nội, ngày 15 tháng 3 năm 2024"; dots left to fill in by
 * hand when the day is not known. Days below 10 and the months 1 and 2 take a leading zero, the
 * other months none (Nghị định 30/2020/NĐ-CP, Phụ lục I; the Party's Hướng dẫn 36-HD/VPTW writes
 * dates the same way).
 */
export function placeDateLine(place: string | null, day: string | null, year: number): string {
  const where = place?.trim() || "…";
  if (!day) return `${where}, ngày … tháng … năm ${year}`;
  const [y, m, d] = day.slice(0, 10).split("-");
  const month = Number(m) <= 2 ? m : String(Number(m));
  return `${where}, ngày ${d} tháng ${month} năm ${y}`;
}

export function documentTitle(year: number): string {
  return `GIAO ƯỚC THI ĐUA NĂM ${year}`;
}

/** The pledge's own title when it says more than the standard title, else null. */
export function subtitle(title: string, year: number): string | null {
  const norm = (s: string) => upper(s).replace(/\s+/g, " ").trim();
  return norm(title) === documentTitle(year) ? null : title.trim();
}

/** "Căn cứ …;" — the prefix is added when the base does not start with it. */
export function baseLine(base: string, isLast: boolean): string {
  const text = /^căn cứ(\s|$)/i.test(base.trim()) ? base.trim() : `Căn cứ ${base.trim()}`;
  const bare = text.replace(/[;.,]+$/, "");
  return `${bare}${isLast ? "." : ";"}`;
}

export function introLine(blocName: string, year: number): string {
  return `Các cơ quan, đơn vị thành viên ${blocName.trim()} thống nhất ký kết giao ước thi đua năm ${year} với những nội dung sau:`;
}

/** The line under a commitment: "Chỉ tiêu: ≥ 90% cán bộ đạt Lao động tiên tiến."; null without a target. */
export function targetLine(target: string | null): string | null {
  return target ? `Chỉ tiêu: ${target}.` : null;
}

export function statusMark(status: "DRAFT" | "SIGNING" | "LOCKED" | "SUPERSEDED"): string | null {
  if (status === "DRAFT" || status === "SIGNING") return "DỰ THẢO";
  if (status === "SUPERSEDED") return "BẢN ĐÃ ĐƯỢC THAY THẾ";
  return null;
}

const PARTY_TYPES = new Set(["BAN_DANG", "UY_BAN_KIEM_TRA", "DANG_UY_KHOI"]);

/**
 * Whether the bloc drafts in the Party format. The schema has no such flag
 * (all seeded blocs are Party blocs): a bloc named for the Party, or whose
 * members are all Party committees' organs, is a Party bloc.
 */
export function isPartyBloc(blocName: string, memberTypes: readonly string[]): boolean {
  if (/đảng/i.test(blocName)) return true;
  return memberTypes.length > 0 && memberTypes.every((t) => PARTY_TYPES.has(t));
}

/** "dd/MM/yyyy" for the signature table. */
export function vnDay(day: string | null): string {
  if (!day) return "";
  const [y, m, d] = day.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/**
 * The pledge as a document ready to sign (lib/domain/official-document.ts), drawn by the same code
 * as every other document: the .docx (official-docx.ts) and the print page (OfficialSheet). The
 * members sign in the table at its end, one row each, so it has no signature blocks of its own.
 */
export function pledgeDocument(d: PledgeDocData): OfficialDoc {
  return {
    isParty: d.isParty,
    issuer: [issuerLine(d.blocName, d.blocKind)],
    numberLine: null,
    place: d.place,
    dated: { day: d.signedOn, year: d.year },
    mark: d.statusMark,
    title: documentTitle(d.year),
    subtitle: subtitle(d.title, d.year),
    blocks: [
      ...(d.theme ? [{ kind: "para" as const, text: `Chủ đề: “${d.theme}”`, italics: true, center: true }] : []),
      ...d.bases.map((b, i) => ({ kind: "para" as const, text: baseLine(b, i === d.bases.length - 1), italics: true })),
      { kind: "para", text: introLine(d.blocName, d.year) },
      ...d.commitments.flatMap((c): DocBlock[] => {
        const target = targetLine(c.target);
        return [{ kind: "para", text: `${c.number}. ${c.text}` }, ...(target ? [{ kind: "para" as const, text: target, italics: true }] : [])];
      }),
      { kind: "para", text: "CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN KÝ KẾT", bold: true, center: true },
      {
        kind: "table",
        head: ["TT", "Cơ quan, đơn vị", "Người ký (chức vụ, họ và tên)", "Ngày ký", "Ký tên"],
        widths: [7, 35, 33, 13, 12],
        align: ["center", "left", "left", "center", "center"],
        // Unsigned members keep a blank row, to be signed on paper if need be.
        rows: d.signers.map((s, i) => [String(i + 1), s.agencyName, [s.signerTitle, s.signerName].filter(Boolean).join(" "), vnDay(s.signedOn), ""]),
      },
    ],
    signers: [],
    docTitle: `${documentTitle(d.year)} (phiên bản ${d.version})`,
  };
}
