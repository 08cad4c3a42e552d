import { getAccountTemplate } from "@/lib/server/accounts/get-account-template";
import { downloadRoute, XLSX } from "@/lib/server/files/download";

/**
 * The account import template (.xlsx) with the role names and the agency and
 * bloc codes of the caller's scope. Council staff and system administrators
 * only; anyone else gets 404.
 */
export const GET = downloadRoute(async () => {
  const { buffer, fileName } = await getAccountTemplate();
  return { bytes: buffer, name: fileName, contentType: XLSX };
});
