import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { DocBlock, DocSigner, OfficialDoc } from "@/lib/domain/official-document";
import { nationalLines, placeDateLine } from "./pledge-layout";

/**
 * Draws a document ready to sign (lib/domain/official-document.ts) as a .docx: A4, Times New Roman
 * 14, margins 20/20/30/15 mm (docs/domain/documents.md#document-format). The left header holds the
 * issuer hierarchy and the number line, the right one the national or Party line and the place and
 * date; the signature blocks sit in one table row that may not break across pages, held to the
 * text above it. Every bloc and agency document of the app goes through here, so they look alike.
 */
export const MM = 56.7; // twips per millimetre
export const SIZE = 28; // half-points: 14 pt
/** A4 less the decree's margins: 30 mm left, 15 mm right. */
export const CONTENT_WIDTH = Math.round((210 - 30 - 15) * MM);

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
type ParaOptions = RunOptions & { align?: Align; before?: number; after?: number; indent?: boolean; keepNext?: boolean };

const run = (text: string, o: RunOptions = {}) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, size: o.size ?? SIZE });
const para = (text: string, o: ParaOptions = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 80, line: 300 },
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    keepNext: o.keepNext,
    keepLines: o.keepNext,
    children: [run(text, o)],
  });
const center = (text: string, o: ParaOptions = {}) => para(text, { ...o, align: AlignmentType.CENTER, after: o.after ?? 0 });
const width = (pct: number) => Math.round((CONTENT_WIDTH * pct) / 100);
const upper = (s: string) => s.toLocaleUpperCase("vi-VN");
/** The header's columns: the issuer on the left, the national or Party line and the date on the right. */
const LEFT = 42;
const RIGHT = 100 - LEFT;

function cell(children: Paragraph[], widthPct: number, o: { borders?: boolean; top?: boolean } = {}) {
  // Widths in twips as well as the grid: Word and LibreOffice agree on the columns.
  return new TableCell({
    width: { size: width(widthPct), type: WidthType.DXA },
    verticalAlign: o.top ? VerticalAlign.TOP : VerticalAlign.CENTER,
    borders: o.borders === false ? TableBorders.NONE : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children,
  });
}

/** A short rule under a heading line: NĐ 30 draws one under the issuer and under the motto. */
const rule = (widthMm: number) =>
  new Paragraph({
    spacing: { before: 0, after: 60 },
    indent: { left: Math.round((((165 * LEFT) / 100 - widthMm) / 2) * MM), right: Math.round((((165 * LEFT) / 100 - widthMm) / 2) * MM) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });

function header(d: OfficialDoc): Table {
  const [national, ...motto] = nationalLines(d.isParty);
  const governing = d.issuer.slice(0, -1);
  const issuing = d.issuer.at(-1) ?? "";
  const left = [
    ...governing.map((g) => center(upper(g), { size: 26 })),
    center(upper(issuing), { bold: true, size: 26 }),
    d.isParty ? center("*", { size: 26 }) : rule(25),
    ...(d.numberLine ? [center(d.numberLine, { size: 26, before: 60 })] : []),
  ];
  const right = [
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 12 pt keeps to one line (NĐ 30 allows 12–13 pt).
    center(national!, { bold: true, underline: d.isParty, size: d.isParty ? 26 : 24 }),
    ...motto.map((m) => center(m, { bold: true, underline: true, size: 26 })),
    center(placeDateLine(d.place, d.dated.day, d.dated.year), { italics: true, size: 26, before: 180 }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [width(LEFT), width(RIGHT)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(left, LEFT, { borders: false, top: true }), cell(right, RIGHT, { borders: false, top: true })] })],
  });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function table(b: Extract<DocBlock, { kind: "table" }>): Table {
  const align = (i: number) => ALIGN[b.align?.[i] ?? (i === 0 ? "center" : "left")];
  const bold = new Set(b.boldRows ?? []);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: b.widths.map(width),
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.head.map((h, i) => cell([para(h, { bold: true, size: 26, after: 0, align: AlignmentType.CENTER })], b.widths[i]!)),
      }),
      ...b.rows.map(
        (r, j) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) => cell([para(c, { bold: bold.has(j), size: 26, after: 0, align: align(i) })], b.widths[i]!)),
          }),
      ),
    ],
  });
}

function blocks(d: OfficialDoc): (Paragraph | Table)[] {
  return d.blocks.map((b, i) => {
    // The last paragraph before the signatures goes with them onto the next page if need be.
    const keepNext = i === d.blocks.length - 1;
    if (b.kind === "table") return table(b);
    if (b.kind === "heading") return para(b.text, { bold: true, before: 160, align: AlignmentType.LEFT, keepNext: true });
    if (b.center) return center(b.text, { italics: b.italics, bold: b.bold, before: 120, after: 120, keepNext });
    const afterTable = d.blocks[i - 1]?.kind === "table";
    return para(b.text, { indent: true, italics: b.italics, bold: b.bold, keepNext, before: afterTable ? 120 : 0 });
  });
}

function signerParas(s: DocSigner): Paragraph[] {
  return [
    ...s.role.map((r) => center(r, { bold: true, keepNext: true })),
    center(s.hint ?? "(Ký, ghi rõ họ tên)", { italics: true, size: 24, keepNext: true }),
    para("", { after: 1100, keepNext: true }),
    center(s.name ?? "", { bold: true }),
  ];
}

function recipientParas(lines: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
    ...lines.map((r) => new Paragraph({ spacing: { after: 0 }, keepNext: true, children: [run(r, { size: 22 })] })),
  ];
}

/**
 * The signature blocks in ONE row that may not break across pages (cantSplit): with one signer,
 * "Nơi nhận" on its left (NĐ 30, Phụ lục I); with several, side by side in two columns, stacked
 * below when there are more, and "Nơi nhận" under the row.
 */
function signatures(d: OfficialDoc): (Paragraph | Table)[] {
  const recipients = d.recipients ?? [];
  // A document its parties sign in a table of their own (the pledge) has no signature blocks.
  if (d.signers.length === 0 && recipients.length === 0) return [];
  const signers = d.signers.length > 0 ? d.signers : [{ role: [""], name: null }];
  if (signers.length === 1) {
    const left = recipients.length > 0 ? recipientParas(recipients) : [para("")];
    return [
      new Table({
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: [width(45), width(55)],
        borders: TableBorders.NONE,
        rows: [
          new TableRow({
            cantSplit: true,
            children: [cell(left, 45, { borders: false, top: true }), cell(signerParas(signers[0]!), 55, { borders: false, top: true })],
          }),
        ],
      }),
    ];
  }
  // Two columns at most, so that a title such as "TRƯỞNG BAN KIỂM PHIẾU" keeps to one line and the
  // names stay level; a third signer and more go under the first ones.
  const columns = 2;
  const pct = 100 / columns;
  const cells = Array.from({ length: columns }, (_, c) =>
    cell(
      signers.filter((_, i) => i % columns === c).flatMap((s, k) => [...(k > 0 ? [para("", { after: 240 })] : []), ...signerParas(s)]),
      pct,
      { borders: false, top: true },
    ),
  );
  return [
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: cells.map(() => width(pct)),
      borders: TableBorders.NONE,
      rows: [new TableRow({ cantSplit: true, children: cells })],
    }),
    ...(recipients.length > 0 ? [para("", { after: 120 }), ...recipientParas(recipients)] : []),
  ];
}

export async function buildOfficialDocx(d: OfficialDoc): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    header(d),
    ...(d.mark ? [para(d.mark, { bold: true, align: AlignmentType.LEFT, before: 240, after: 0 })] : []),
    center(d.title, { bold: true, size: 30, before: 360 }),
    ...(d.subtitle ? [center(d.subtitle, { bold: true })] : []),
    center("-----", { after: 120 }),
    ...blocks(d),
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
    ...signatures(d),
    // A document may not end on a table (Word adds a paragraph of full height, which can make a
    // blank last page): a paragraph of no height ends it.
    new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: "exact" }, children: [run("", { size: 2 })] }),
  ];
  return a4Docx(upper(d.issuer.at(-1) ?? ""), d.docTitle ?? (d.subtitle ? `${d.title} — ${d.subtitle}` : d.title), body);
}

/** A .docx on A4 with the decree's margins (20 mm top and bottom, 30 left, 15 right), in 14 pt Times New Roman. */
export function a4Docx(creator: string, title: string, body: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    creator,
    title,
    styles: { default: { document: { run: { font: "Times New Roman", size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
