import { getAccountTemplate } from "@/lib/server/accounts/get-account-template";
import { toResponse } from "@/lib/server/errors";
import { fileResponse, XLSX } from "@/lib/server/files/file-response";

/**
 * The account import template (.xlsx) with the role names and the agency and
 * bloc codes of the caller's scope. Council staff and system administrators
 * only; anyone else gets 404.
 */
export async function GET() {
  try {
    const { buffer, fileName } = await getAccountTemplate();
    return fileResponse(buffer, fileName, XLSX);
  } catch (e) {
    return toResponse(e);
  }
}
