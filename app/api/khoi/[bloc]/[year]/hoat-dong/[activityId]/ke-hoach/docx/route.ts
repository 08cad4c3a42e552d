import { buildActivityPlanDocx } from "@/lib/documents/activity-docx";
import { activityDocxName } from "@/lib/domain/file-names";
import { getActivityDocument } from "@/lib/server/activities/get-activity-document";
import { DOCX, downloadRoute, requestedBlocYear } from "@/lib/server/files/download";

/** The plan (kế hoạch tổ chức) of one activity of the bloc-year as a .docx, for every reader of the bloc (others: 404). */
export const GET = downloadRoute<{ bloc: string; year: string; activityId: string }>(async (params) => {
  const { bloc, year } = await requestedBlocYear(params);
  const data = await getActivityDocument(bloc.id, year, decodeURIComponent(params.activityId));
  return { bytes: await buildActivityPlanDocx(data), name: activityDocxName("Kế hoạch", data.title, year), contentType: DOCX };
});
