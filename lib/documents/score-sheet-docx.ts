import { agencyIssuer, numberLine, recipientLines, type BlocLetterhead, type DocBlock, type OfficialDoc } from "@/lib/domain/official-document";
import type { CriterionType } from "@/lib/domain/scoring";
import { formatNumber } from "@/lib/format";
import { buildOfficialDocx } from "./official-docx";

/**
 * An agency's self-score sheet (bảng tự chấm điểm, docs/domain/documents.md#self-score-sheet) as a
 * document for its head to sign: each criterion with its maximum, the agency's own points and its
 * explanation, then the totals — the same numbers as the self-scoring page (the engine, the agency
 * alone). A sheet not submitted yet is marked "DỰ THẢO" and left undated.
 */
export interface ScoreSheetDocRow {
  code: string;
  name: string;
  type: CriterionType;
  maxPoints: number;
  cap: number | null;
  /** Unrounded points; null for groups and for criteria computed with the whole bloc. */
  points: number | null;
  needsBloc: boolean;
  vetoed: boolean;
  entry: { isNA: boolean; explanation: string | null } | null;
}

export interface ScoreSheetDocData {
  year: number;
  agencyName: string;
  letterhead: BlocLetterhead;
  table: { title: string; version: number };
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";
  /** The day it was submitted (yyyy-MM-dd, Vietnam time), null while not submitted. */
  submittedOn: string | null;
  rows: ScoreSheetDocRow[];
  totals: { base: number; bonus: number; penalty: number; total: number; vetoed: boolean };
}

const points = (n: number) => formatNumber(Math.round(n * 100) / 100);

/** The most a criterion gives: a bonus up to its cap, a penalty down to its cap, a gate nothing. */
function maxText(r: ScoreSheetDocRow): string {
  if (r.type === "GATE") return "—";
  if (r.type === "BONUS") return `+${points(Math.min(r.cap ?? r.maxPoints, r.maxPoints))}`;
  if (r.type === "PENALTY") return r.cap !== null ? `−${points(r.cap)}` : "—";
  return points(r.maxPoints);
}

/** The agency's points as the page shows them. */
function selfText(r: ScoreSheetDocRow): string {
  if (r.type === "GROUP") return "";
  if (r.needsBloc) return "Tính khi tổng hợp";
  if (r.entry?.isNA) return "Không áp dụng";
  if (r.type === "GATE") return r.vetoed ? "Có vi phạm" : "Không vi phạm";
  return points(r.points ?? 0);
}

export function scoreSheetDocument(d: ScoreSheetDocData): OfficialDoc {
  const l = d.letterhead;
  const submitted = d.status === "SUBMITTED" || d.status === "VERIFIED";
  const rows = d.rows.map((r) => [r.code, r.name, maxText(r), selfText(r), r.entry?.explanation?.trim() ?? ""]);
  const totals = [
    ["", "Điểm cơ bản", "", points(d.totals.base), ""],
    ["", "Điểm thưởng", "", points(d.totals.bonus), ""],
    ["", "Điểm trừ", "", points(d.totals.penalty), ""],
    ["", "TỔNG ĐIỂM TỰ CHẤM", "", points(d.totals.total), ""],
  ];
  const bold = [...d.rows.flatMap((r, i) => (r.type === "GROUP" ? [i] : [])), ...totals.map((_, i) => rows.length + i)];
  const blocks: DocBlock[] = [
    {
      kind: "para",
      text: `${d.agencyName} tự chấm điểm thi đua năm ${d.year} theo ${d.table.title} (phiên bản ${d.table.version}) của ${l.blocName} như sau:`,
    },
    {
      kind: "table",
      head: ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Giải trình"],
      widths: [9, 38, 13, 15, 25],
      align: ["center", "left", "center", "center", "left"],
      rows: [...rows, ...totals],
      boldRows: bold,
    },
    ...(d.rows.some((r) => r.needsBloc)
      ? [
          {
            kind: "para" as const,
            text: "Tiêu chí tính theo đơn vị dẫn đầu chưa được cộng: điểm của các tiêu chí này được tính khi tổng hợp toàn khối.",
            italics: true,
          },
        ]
      : []),
    ...(d.totals.vetoed ? [{ kind: "para" as const, text: "Có vi phạm điều kiện bắt buộc.", bold: true }] : []),
    { kind: "para", text: `${d.agencyName} chịu trách nhiệm về tính chính xác của số liệu tự chấm và minh chứng kèm theo./.` },
  ];
  return {
    isParty: l.isParty,
    issuer: agencyIssuer(d.agencyName, l.place),
    numberLine: numberLine(l.isParty, "BC"),
    place: l.place,
    dated: { day: submitted ? d.submittedOn : null, year: d.year },
    mark: submitted ? null : "DỰ THẢO",
    title: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA",
    subtitle: `Năm ${d.year}`,
    blocks,
    signers: [{ role: ["THỦ TRƯỞNG CƠ QUAN"], name: null }],
    recipients: recipientLines([l.headAgencyName ? `${l.headAgencyName} (Trưởng khối, để thẩm định)` : "Trưởng khối (để thẩm định)"], l.isParty),
  };
}

export function buildScoreSheetDocx(d: ScoreSheetDocData): Promise<Buffer> {
  return buildOfficialDocx(scoreSheetDocument(d));
}
