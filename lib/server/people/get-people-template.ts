import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { blocMembers, importScope, importsPeopleOf, knownTitles } from "./internal/people-scope";
import { buildPeopleTemplateXlsx } from "./people-workbook";

/**
 * The .xlsx template for importing people's past years in a bloc's year (docs/decisions/0037),
 * listing the titles by code and the agencies the caller may import for. Those who may not import
 * get NOT_FOUND (the route answers 404, as for a page they cannot see). Three queries.
 */
export async function getPeopleTemplate(bloc: { id: string; name: string }, year: number): Promise<{ buffer: Buffer; fileName: string }> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId: bloc.id });
  const members = await blocMembers(db(), bloc.id, year);
  authorize(user, ["person:manage", "person:edit:own"], importScope(user, bloc.id, members), { hidden: true });
  const buffer = await buildPeopleTemplateXlsx({
    blocName: bloc.name,
    year,
    agencies: members.filter((m) => importsPeopleOf(user, bloc.id, m.id)),
    titles: await knownTitles(db(), bloc.id),
  });
  return { buffer, fileName: `mau-nhap-lich-su-ca-nhan-${year}.xlsx` };
}
