import "server-only";
import { AlignmentType, Document, Packer, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import JSZip from "jszip";
import { issuerLine, nationalLines, placeDateLine } from "@/lib/documents/pledge-layout";
import type { DocBlock, DocSpec, DossierData } from "@/lib/domain/dossier-types";

/**
 * One dossier document as a .docx in Vietnamese administrative layout (as the pledge:
 * A4, Times New Roman 14, margins 20/20/30/15 mm, the Party or State header), and the whole
 * dossier as a .zip. Document specs come from lib/domain/dossier.ts.
 */
const MM = 56.7;
const SIZE = 28;
const CONTENT_WIDTH = Math.round((210 - 30 - 15) * MM);

type RunOptions = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
const run = (text: string, o: RunOptions = {}) =>
  new TextRun({ text, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined, size: o.size ?? SIZE });
const para = (text: string, o: RunOptions & { align?: Align; before?: number; after?: number; indent?: boolean } = {}) =>
  new Paragraph({
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 80, line: 300 },
    indent: o.indent ? { firstLine: Math.round(10 * MM) } : undefined,
    children: [run(text, o)],
  });
const center = (text: string, o: RunOptions = {}) => para(text, { ...o, align: AlignmentType.CENTER, after: 0 });

function cell(children: Paragraph[], widthPct: number, borders = true) {
  return new TableCell({
    width: { size: Math.round((CONTENT_WIDTH * widthPct) / 100), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: borders ? undefined : TableBorders.NONE,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children,
  });
}

function header(d: DossierData, spec: DocSpec): Table {
  const [national, ...motto] = nationalLines(d.bloc.isParty);
  const left = [
    center(issuerLine(d.bloc.name, d.bloc.kind), { bold: true, size: 26 }),
    ...(spec.issuer ? [center(spec.issuer.toLocaleUpperCase("vi-VN"), { bold: true, size: 26 })] : []),
    center("*", { size: 26 }),
    ...(spec.numberLine ? [center(spec.numberLine, { size: 26 })] : []),
  ];
  const right = [
    center(national!, { bold: true, underline: d.bloc.isParty, size: 26 }),
    ...motto.map((m) => center(m, { bold: true, underline: true, size: 26 })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [run(placeDateLine(d.bloc.province, spec.dated.day, spec.dated.year), { italics: true, size: 26 })],
    }),
  ];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(CONTENT_WIDTH * 0.45), Math.round(CONTENT_WIDTH * 0.55)],
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, 45, false), cell(right, 55, false)] })],
  });
}

function table(b: Extract<DocBlock, { kind: "table" }>): Table {
  const text = (t: string, i: number, bold = false) => para(t, { bold, size: 26, after: 0, align: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: b.widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100)),
    rows: [
      new TableRow({
        tableHeader: true,
        children: b.head.map((h, i) => cell([para(h, { bold: true, size: 26, after: 0, align: AlignmentType.CENTER })], b.widths[i]!)),
      }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell([text(c, i)], b.widths[i]!)) })),
    ],
  });
}

/**
 * The signature block, with "Nơi nhận" on its left when the document has recipients (Nghị định
 * 30/2020, Phụ lục I). One row that may not break across pages, so the signer's title, the space
 * to sign and the name stay together.
 */
function signatures(spec: DocSpec): Table {
  const signerCell = (s: DocSpec["signers"][number], width: number) =>
    cell(
      [
        center(s.role, { bold: true }),
        center("(Ký, ghi rõ họ tên)", { italics: true, size: 24 }),
        para("", { after: 900 }),
        center(s.name ?? "", { bold: true }),
      ],
      width,
      false,
    );
  const recipients = spec.recipients?.length
    ? [
        cell(
          [
            new Paragraph({ spacing: { after: 0 }, children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }),
            ...spec.recipients.map((r) => new Paragraph({ spacing: { after: 0 }, children: [run(r, { size: 22 })] })),
          ],
          45,
          false,
        ),
      ]
    : [];
  const width = (recipients.length ? 55 : 100) / spec.signers.length;
  const widths = [...(recipients.length ? [45] : []), ...spec.signers.map(() => width)];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round((CONTENT_WIDTH * w) / 100)),
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: [...recipients, ...spec.signers.map((s) => signerCell(s, width))] })],
  });
}

export async function buildDossierDocx(d: DossierData, spec: DocSpec): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    header(d, spec),
    center(spec.title, { bold: true, size: 30 }),
    ...(spec.subtitle ? [center(spec.subtitle, { bold: true })] : []),
    center("-----"),
    ...spec.blocks.map((b) =>
      b.kind === "table"
        ? table(b)
        : b.kind === "heading"
          ? para(b.text, { bold: true, before: 160 })
          : para(b.text, { indent: true, italics: b.italics, bold: b.bold }),
    ),
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
    signatures(spec),
  ];
  const doc = new Document({
    creator: issuerLine(d.bloc.name, d.bloc.kind),
    title: spec.subtitle ? `${spec.title} — ${spec.subtitle}` : spec.title,
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

/** Every document of the dossier in one .zip (UTF-8 names, deflated). */
export async function buildDossierZip(d: DossierData, specs: readonly DocSpec[]): Promise<Buffer> {
  const zip = new JSZip();
  const buffers = await Promise.all(specs.map((s) => buildDossierDocx(d, s)));
  specs.forEach((s, i) => zip.file(s.fileName, buffers[i]!));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
