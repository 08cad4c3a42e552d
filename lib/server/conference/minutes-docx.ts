import "server-only";
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from "docx";
import { issuerLine, nationalLines, placeDateLine } from "@/lib/documents/pledge-layout";
import type { ConferenceMinutes } from "./get-conference-minutes";
import { minutesSections, minutesSubtitle } from "@/lib/documents/minutes-text";

/** The conference minutes as a .docx: A4, Times New Roman 14, the same text as the printable page. */
const MM = 56.7;
const SIZE = 28;
const CONTENT_WIDTH = Math.round((210 - 30 - 15) * MM);

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, size: o.size ?? SIZE });
const para = (text: string, o: RunOptions & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; before?: number; after?: number } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 80, line: 300 },
    children: [run(text, o)],
  });
const center = (text: string, o: RunOptions & { before?: number; after?: number } = {}) =>
  para(text, { ...o, align: AlignmentType.CENTER, after: o.after ?? 0 });

function cell(children: Paragraph[], widthPct: number) {
  return new TableCell({ width: { size: Math.round((CONTENT_WIDTH * widthPct) / 100), type: WidthType.DXA }, borders: TableBorders.NONE, children });
}

function header(m: ConferenceMinutes): Table {
  const [national, ...motto] = nationalLines(m.isParty);
  const left = [center(issuerLine(m.blocName, m.blocKind), { bold: true, size: 26 }), center("*", { size: 26 })];
  const right = [
    center(national!, { bold: true, underline: m.isParty, size: 26 }),
    ...motto.map((t) => center(t, { bold: true, underline: true, size: 26 })),
    center(placeDateLine(m.province, m.heldOn, m.year), { italics: true, size: 26, before: 120 }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(CONTENT_WIDTH * 0.45), Math.round(CONTENT_WIDTH * 0.55)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })],
  });
}

function signatures(m: ConferenceMinutes): Table {
  const block = (role: string, name: string | null) => [
    center(role, { bold: true }),
    center("(Ký, ghi rõ họ tên)", { italics: true, size: 24, after: 1200 }),
    center(name ?? "", { bold: true }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(CONTENT_WIDTH / 2), Math.round(CONTENT_WIDTH / 2)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [cell(block("THƯ KÝ", m.secretaryName), 50), cell(block("CHỦ TRÌ", m.chairName), 50)] })],
  });
}

export async function buildConferenceMinutesDocx(m: ConferenceMinutes): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    header(m),
    center(m.title, { bold: true, size: 30, before: 360 }),
    center(minutesSubtitle(m), { bold: true, after: 240 }),
  ];
  for (const s of minutesSections(m)) {
    body.push(para(s.heading, { bold: true, before: 160, align: AlignmentType.LEFT }));
    for (const line of s.lines) body.push(para(line));
  }
  body.push(para("Biên bản được lập xong và thông qua tại hội nghị.", { italics: true, before: 160, after: 240 }), signatures(m));
  const doc = new Document({
    creator: m.blocName,
    title: `${m.title} ${m.year}`,
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
