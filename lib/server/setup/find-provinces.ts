import "server-only";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export interface ProvinceChoice {
  id: string;
  name: string;
}

/** Every province, for the bloc form's picker (names are public; any signed-in user). */
export async function findProvinces(): Promise<ProvinceChoice[]> {
  await requireUser();
  return sortVi(await db().province.findMany({ select: { id: true, name: true } }), (p) => p.name);
}
