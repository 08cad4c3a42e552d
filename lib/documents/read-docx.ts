import JSZip from "jszip";

/**
 * A .docx read back as a person reads it: its paragraphs' text in order (table cells included)
 * and the table row each paragraph sits in, so a check can say what the page shows and what is
 * kept together (a row drawn with cantSplit does not break across pages).
 */
export interface DocxText {
  paragraphs: string[];
  /** The row's XML for a paragraph inside a table row, else null. */
  rows: (string | null)[];
  xml: string;
}

const unescape = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&apos;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

export async function readDocx(bytes: Uint8Array | ArrayBuffer): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const rowSpans = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, xml: m[0] }));
  const paragraphs: string[] = [];
  const rows: (string | null)[] = [];
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
    const text = [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
    paragraphs.push(unescape(text));
    rows.push(rowSpans.find((r) => r.start <= m.index && m.index < r.end)?.xml ?? null);
  }
  return { paragraphs, rows, xml };
}

/** The table row holding the paragraph whose text is `text`, or null. */
export function rowOf(doc: DocxText, text: string): string | null {
  const i = doc.paragraphs.indexOf(text);
  return i < 0 ? null : doc.rows[i]!;
}
