import { getAccountTemplate } from "@/lib/server/accounts/get-account-template";
import { toResponse } from "@/lib/server/errors";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The account import template (.xlsx) with the role names and the agency and
 * bloc codes of the caller's scope. Council staff and system administrators
 * only; anyone else gets 404.
 */
export async function GET() {
  try {
    const { buffer, fileName } = await getAccountTemplate();
    return new Response(new Uint8Array(buffer), {
      headers: {
        "Content-Type": XLSX,
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return toResponse(e);
  }
}
