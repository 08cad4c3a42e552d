import "server-only";
import { asciiFileName } from "@/lib/domain/file-names";
import { versionParam, yearParam } from "@/lib/domain/url-params";
import { getBlocYear, type BlocYear } from "@/lib/server/blocs/get-bloc-year";
import { AppError, toResponse } from "@/lib/server/errors";

export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP = "application/zip";

export interface Download {
  bytes: Uint8Array | ArrayBuffer;
  name: string;
  contentType: string;
}

/**
 * The one way a route serves a file: `export const GET = downloadRoute(async (params, request) => …)`.
 * The maker authorizes through its lib/server readers; an expected failure becomes its status
 * and message (lib/server/errors toResponse), a bug is rethrown.
 */
export function downloadRoute<P extends Record<string, string>>(make: (params: P, request: Request) => Promise<Download>) {
  return async (request: Request, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const file = await make(await ctx.params, request);
      return fileResponse(file.bytes, file.name, file.contentType);
    } catch (e) {
      return toResponse(e);
    }
  };
}

/** The year of a download's address; out of range is NOT_FOUND, like the pages (lib/domain/url-params). */
export function requestedYear(text: string): number {
  const year = yearParam(text);
  if (year === null) throw new AppError("NOT_FOUND");
  return year;
}

/** A version of a download's address ("3"); anything else is NOT_FOUND. */
export function requestedVersion(text: string): number {
  const version = versionParam(text);
  if (version === null) throw new AppError("NOT_FOUND");
  return version;
}

/** The bloc and year of a download's address, as the signed-in user may see them (else NOT_FOUND). */
export async function requestedBlocYear(params: { bloc: string; year: string }): Promise<BlocYear> {
  return getBlocYear(decodeURIComponent(params.bloc), requestedYear(params.year));
}

/**
 * A download, never cached nor sniffed. A name that is not plain ASCII (Vietnamese) also goes as
 * UTF-8 (RFC 6266) after its ASCII fallback; a plain one is sent as it is.
 */
function fileResponse(bytes: Uint8Array | ArrayBuffer, name: string, contentType: string): Response {
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
