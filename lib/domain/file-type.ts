/**
 * Uploads are recognised by their content, never by the name or the type the
 * browser claims: a renamed .exe stays refused. Scans and evidence are PDF,
 * JPEG or PNG, at most 10 MB (docs/domain/score-review.md#complete-before-submit).
 */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const UPLOAD_TOO_LARGE_MESSAGE = "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp.";

export type AllowedMime = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: { mime: AllowedMime; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

export function sniffMime(head: Uint8Array): AllowedMime | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.mime ?? null;
}

export type UploadCheck = { ok: true; mime: AllowedMime } | { ok: false; message: string };

export function checkUpload(size: number, head: Uint8Array): UploadCheck {
  if (size <= 0) return { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." };
  if (size > MAX_UPLOAD_BYTES) return { ok: false, message: UPLOAD_TOO_LARGE_MESSAGE };
  const mime = sniffMime(head);
  if (!mime) return { ok: false, message: "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)." };
  return { ok: true, mime };
}

export const EXTENSIONS: Record<AllowedMime, string> = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" };

/** A file name safe for a Content-Disposition header and a download. */
export function safeFileName(name: string, mime: AllowedMime): string {
  const base =
    name
      .normalize("NFC")
      .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
      .replace(/\.[A-Za-z0-9]{1,5}$/, "") // the claimed extension; ours follows the content
      .replace(/^\.+/, "") // no hidden or relative names
      .trim()
      .slice(0, 120) || "tep";
  return `${base}.${EXTENSIONS[mime]}`;
}
