import { overviewQueryOf } from "@/lib/schemas/overview";
import { downloadRoute, XLSX } from "@/lib/server/files/download";
import { getOverviewExport } from "@/lib/server/overview/get-overview-export";

/**
 * The council's overview as .xlsx, with the page's filters (`?tinh=&nam=&giai-doan=&tre-han=1&q=`).
 * Council staff of that council and system administrators; anyone else gets 403, a council out
 * of scope 404.
 */
export const GET = downloadRoute(async (_params, request) => {
  const query = overviewQueryOf(Object.fromEntries(new URL(request.url).searchParams));
  const { bytes, name } = await getOverviewExport({ council: query.tinh, year: query.nam, phase: query.phase, onlyLate: query.onlyLate, q: query.q });
  return { bytes, name, contentType: XLSX };
});
