import { downloadRoute, requestedBlocYear, XLSX } from "@/lib/server/files/download";
import { getPeopleTemplate } from "@/lib/server/people/get-people-template";

/**
 * The template for importing people's past years (.xlsx) in a bloc's year, with the titles by
 * code and the agencies the caller may import for. Those who may not import get 404.
 */
export const GET = downloadRoute<{ bloc: string; year: string }>(async (params) => {
  const data = await requestedBlocYear(params);
  const { buffer, fileName } = await getPeopleTemplate(data.bloc, data.year);
  return { bytes: buffer, name: fileName, contentType: XLSX };
});
