import { AlignmentType, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { baseLine, documentTitle, introLine, issuerLine, nationalLines, placeDateLine, subtitle, targetLine, vnDay, type PledgeDocData } from "./pledge-layout";
import { a4Docx, CONTENT_WIDTH, MM, SIZE } from "./official-docx";

/**
 * The pledge as a .docx in Vietnamese administrative layout (docs/domain/documents.md#document-format; the
 * Party/State header styles): A4, Times New Roman 14, margins 20/20/30/15 mm.
 * Plain data in, the file's bytes out.
 */

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, size: o.size ?? SIZE });
const para = (
  text: string,
  o: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 80, line: 300 },
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    children: [run(text, o)],
  });
const center = (text: string, o: RunOptions = {}) => para(text, { ...o, align: AlignmentType.CENTER, after: 0 });

function cell(children: Paragraph[], widthPct: number, o: { borders?: boolean } = {}) {
  // Widths in twips as well as the grid: Word and LibreOffice agree on the columns.
  return new TableCell({
    width: { size: Math.round((CONTENT_WIDTH * widthPct) / 100), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: o.borders === false ? TableBorders.NONE : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children,
  });
}

function header(d: PledgeDocData): Table {
  const [national, ...motto] = nationalLines(d.isParty);
  const left = [center(issuerLine(d.blocName, d.blocKind), { bold: true, size: 26 }), center("*", { size: 26 })];
  const right = [
    center(national!, { bold: true, underline: d.isParty, size: 26 }),
    ...motto.map((m) => center(m, { bold: true, underline: true, size: 26 })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [run(placeDateLine(d.place, d.signedOn, d.year), { italics: true, size: 26 })],
    }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(CONTENT_WIDTH * 0.45), Math.round(CONTENT_WIDTH * 0.55)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, 45, { borders: false }), cell(right, 55, { borders: false })] })],
  });
}

function signatureTable(d: PledgeDocData): Table {
  const head = ["TT", "Cơ quan, đơn vị", "Người ký (chức vụ, họ và tên)", "Ngày ký", "Ký tên"];
  const widths = [7, 35, 33, 13, 12];
  const text = (t: string, i: number, o: RunOptions = {}) =>
    para(t, { ...o, size: 26, after: 0, align: i === 1 || i === 2 ? AlignmentType.LEFT : AlignmentType.CENTER });
  const row = (cells: Paragraph[][]) => new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, widths[i]!)) });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100)),
    rows: [
      new TableRow({
        tableHeader: true,
        children: head.map((h, i) => cell([para(h, { bold: true, size: 26, after: 0, align: AlignmentType.CENTER })], widths[i]!)),
      }),
      // Unsigned members keep a blank row, to be signed on paper if need be.
      ...d.signers.map((s, i) =>
        row([
          [text(String(i + 1), 0)],
          [text(s.agencyName, 1)],
          [text(s.signerTitle ?? "", 2), ...(s.signerName ? [text(s.signerName, 2, { bold: true })] : [])],
          [text(vnDay(s.signedOn), 3)],
          [text("", 4)],
        ]),
      ),
    ],
  });
}

export async function buildPledgeDocx(d: PledgeDocData): Promise<Buffer> {
  const sub = subtitle(d.title, d.year);
  const body: (Paragraph | Table)[] = [
    header(d),
    ...(d.statusMark ? [para(d.statusMark, { bold: true, align: AlignmentType.LEFT, before: 240, after: 0 })] : []),
    center(documentTitle(d.year), { bold: true, size: 30 }),
    ...(sub ? [center(sub, { bold: true })] : []),
    ...(d.theme ? [center(`Chủ đề: “${d.theme}”`, { italics: true })] : []),
    center("-----", {}),
    ...d.bases.map((b, i) => para(baseLine(b, i === d.bases.length - 1), { italics: true, indent: true })),
    para(introLine(d.blocName, d.year), { indent: true, before: 120 }),
    ...d.commitments.flatMap((c) => {
      const target = targetLine(c.target);
      return [para(`${c.number}. ${c.text}`, { indent: true }), ...(target ? [para(target, { italics: true, indent: true })] : [])];
    }),
    para("CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN KÝ KẾT", { bold: true, align: AlignmentType.CENTER, before: 240, after: 120 }),
    signatureTable(d),
  ];
  return a4Docx(issuerLine(d.blocName, d.blocKind), `${documentTitle(d.year)} (phiên bản ${d.version})`, body);
}
