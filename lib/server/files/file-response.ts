import "server-only";
import { asciiFileName } from "@/lib/domain/dossier";

/**
 * A download, never cached nor sniffed. A name that is not plain ASCII (Vietnamese) also goes as
 * UTF-8 (RFC 6266) after its ASCII fallback; a plain one is sent as it is.
 */
export function fileResponse(bytes: Uint8Array | ArrayBuffer, name: string, contentType: string): Response {
  const ascii = asciiFileName(name);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${ascii}"` + (ascii === name ? "" : `; filename*=UTF-8''${encodeURIComponent(name)}`),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP = "application/zip";
