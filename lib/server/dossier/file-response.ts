import "server-only";
import { asciiFileName } from "@/lib/domain/dossier";

/** A download with its Vietnamese name (RFC 6266: an ASCII fallback and the UTF-8 name). */
export function fileResponse(bytes: Buffer, name: string, contentType: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const ZIP = "application/zip";
