// Evidence (minh chứng) for the demo's submitted sheets: the app refuses to submit a sheet while an
// evidence-required criterion has no file (lib/domain/self-scoring submissionGaps), so a seeded
// submitted sheet carries one small PDF per such criterion, stored the way save-upload.ts stores an
// upload — a StoredFile row under a random key, linked to the entry, and its bytes in StoredFileContent.
// DEMO: the files say so on their only page.
import crypto from "node:crypto";
import { checkUpload, safeFileName } from "../../../lib/domain/file-type";
import type { Tx } from "../util";

/** A one-page PDF showing `lines` (ASCII: the standard font has no Vietnamese letters). */
export function demoPdf(lines: readonly string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 12 Tf 56 ${780 - i * 20} Td (${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

/** Stores one evidence PDF for a score entry, in the seed's transaction. */
export async function attachEvidence(
  tx: Tx,
  p: { blocId: string; uploadedById: string | null; scoreEntryId: string; fileName: string; lines: readonly string[] },
): Promise<void> {
  const bytes = demoPdf(p.lines);
  const check = checkUpload(bytes.byteLength, bytes.subarray(0, 16));
  if (!check.ok) throw new Error(`seed: tệp minh chứng không hợp lệ: ${check.message}`);
  const storageKey = crypto.randomUUID();
  await tx.storedFile.create({
    data: {
      blocId: p.blocId,
      uploadedById: p.uploadedById,
      originalName: safeFileName(p.fileName, check.mime),
      mimeType: check.mime,
      sizeBytes: bytes.byteLength,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      storageKey,
      scoreEntryId: p.scoreEntryId,
      content: { create: { bytes: new Uint8Array(bytes) } },
    },
  });
}
