import "server-only";
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { VoteMinutes } from "@/lib/domain/voting";

/**
 * The vote-count minutes (biên bản kiểm phiếu) as a .docx: A4, Times New Roman 14, the lines of
 * buildVoteMinutes, the per-candidate table and the committee's signature lines. Totals only.
 */
const MM = 56.7;
const SIZE = 28;
const CONTENT_WIDTH = Math.round((210 - 30 - 15) * MM);

const para = (text: string, o: { bold?: boolean; center?: boolean; size?: number; before?: number } = {}) =>
  new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: 80, line: 300 },
    children: [new TextRun({ text, bold: o.bold, size: o.size ?? SIZE })],
  });

function table(m: VoteMinutes): Table {
  const head = ["TT", "Ứng viên", "Số phiếu đồng ý", "Tỷ lệ / tổng số đơn vị", "Kết quả"];
  const widths = [8, 40, 16, 18, 18];
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: Math.round((CONTENT_WIDTH * widths[i]!) / 100), type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      children: [new Paragraph({ alignment: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER, children: [new TextRun({ text, bold, size: 26 })] })],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100)),
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...m.rows.map(
        (r) => new TableRow({ cantSplit: true, children: [String(r.order), r.name, String(r.votes), r.pctOfAllMembers, r.result].map((t, i) => cell(t, i)) }),
      ),
    ],
  });
}

export async function buildVoteMinutesDocx(m: VoteMinutes): Promise<Buffer> {
  const [first, ...rest] = m.blocLine ? m.lines.slice(1) : m.lines;
  const body: (Paragraph | Table)[] = [
    ...(m.blocLine ? [para(m.blocLine, { bold: true, center: true, size: 26 })] : []),
    para(first ?? m.title, { bold: true, center: true, size: 30, before: 240 }),
    ...rest.map((line, i) => para(line, { bold: i === 0, center: i === 0 })),
    table(m),
    para("BAN KIỂM PHIẾU", { bold: true, center: true, before: 360 }),
    ...m.committee.map((c) => para(`${c.role}: ${c.name}`, { center: true })),
  ];
  const doc = new Document({
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
