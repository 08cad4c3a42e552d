/**
 * The criteria table as the rows of the "Tiêu chí" sheet (the export half; the import half is
 * criteria-import.ts): a header block of label/value pairs (bloc, year, title, version, scale,
 * bonus cap), an empty row, the column headings, then one row per node in tree order. Pure: the
 * workbook itself (exceljs) is written in lib/server/criteria/criteria-workbook.ts.
 */
import type { CriterionNode, LevelNode } from "./criteria-table";
import { buildCriteriaTree, flattenTree } from "./criteria-table";
import { CRITERION_TYPE_LABELS } from "./labels";
import type { CriterionType } from "./scoring/types";

export const CRITERIA_SHEET_NAME = "Tiêu chí";

export const COLUMNS = [
  "Mã",
  "Mã nhóm cha",
  "Tên",
  "Loại",
  "Điểm tối đa",
  "Điểm tối thiểu",
  "Hướng dẫn",
  "Bắt buộc minh chứng",
  "Ngưỡng sàn (%)",
  "Cho phép N/A",
  "Công thức đơn vị dẫn đầu",
  "Điểm mỗi lần",
  "Mức trần",
  "Mức",
] as const;
export type ColumnName = (typeof COLUMNS)[number];

export const HEADER_LABELS = {
  bloc: "Khối thi đua",
  year: "Năm",
  title: "Tên bảng",
  version: "Phiên bản",
  scale: "Thang điểm",
  bonusCap: "Điểm thưởng tối đa",
} as const;

/** Vietnamese type names used in the file: the editor's labels (the enum names are read too). */
export const TYPE_NAMES = CRITERION_TYPE_LABELS as Record<CriterionType, string>;

export type Cell = string | number | boolean | null;

export interface SheetHeader {
  blocName: string;
  year: number;
  title: string;
  version: number;
  scale: number;
  bonusCap: number | null;
}

const yesNo = (b: boolean) => (b ? "Có" : "Không");
const decimalText = (n: number) => String(n).replace(".", ",");
const escapeLevel = (s: string, alsoEquals: boolean) => {
  const out = s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
  return alsoEquals ? out.replace(/=/g, "\\=") : out;
};

/** Levels as "Nhãn=điểm: mô tả | Nhãn=điểm"; "\", "|" (and "=" in a label) are escaped with "\". */
export function levelsText(levels: readonly LevelNode[]): string {
  return [...levels]
    .sort((a, b) => a.order - b.order)
    .map((l) => `${escapeLevel(l.label, true)}=${decimalText(l.points)}${l.descriptor ? `: ${escapeLevel(l.descriptor, false)}` : ""}`)
    .join(" | ");
}

/** One row per node, parents before children, siblings in order; cells in COLUMNS order. */
export function criteriaToRows(nodes: readonly CriterionNode[]): Cell[][] {
  const codeOf = new Map(nodes.map((n) => [n.id, n.code]));
  return flattenTree(buildCriteriaTree(nodes)).map((n) => [
    n.code,
    n.parentId === null ? null : (codeOf.get(n.parentId) ?? null),
    n.name,
    TYPE_NAMES[n.type],
    n.maxPoints,
    n.minPoints,
    n.guidance,
    yesNo(n.evidenceRequired),
    n.floorPct,
    yesNo(n.allowNA),
    yesNo(n.useLeaderFormula),
    n.pointsPerUnit,
    n.cap,
    n.levels.length > 0 ? levelsText(n.levels) : null,
  ]);
}

/** The header block: label in column A, value in column B. */
export function headerRows(h: SheetHeader): Cell[][] {
  return [
    [HEADER_LABELS.bloc, h.blocName],
    [HEADER_LABELS.year, h.year],
    [HEADER_LABELS.title, h.title],
    [HEADER_LABELS.version, h.version],
    [HEADER_LABELS.scale, h.scale],
    [HEADER_LABELS.bonusCap, h.bonusCap],
  ];
}

/** The whole sheet as rows (index 0 = row 1): header block, an empty row, the headings, the nodes. */
export function criteriaSheetRows(h: SheetHeader, nodes: readonly CriterionNode[]): Cell[][] {
  return [...headerRows(h), [], [...COLUMNS], ...criteriaToRows(nodes)];
}

// ───────────── Import ─────────────
