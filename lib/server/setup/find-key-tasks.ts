import "server-only";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface AgencyKeyTasks {
  agencyId: string;
  agencyName: string;
  tasks: { order: number; text: string }[];
}

/** The key tasks (nhiệm vụ trọng tâm) each agency announced for the year, grouped by agency. One query. */
export async function findKeyTasks(blocId: string, year: number): Promise<AgencyKeyTasks[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const rows = await db().agencyKeyTask.findMany({
    where: { cycle: { blocId, year } },
    select: { order: true, text: true, agency: { select: { id: true, name: true } } },
    orderBy: { order: "asc" },
  });
  const byAgency = new Map<string, AgencyKeyTasks>();
  for (const r of rows) {
    const group = byAgency.get(r.agency.id) ?? { agencyId: r.agency.id, agencyName: r.agency.name, tasks: [] };
    group.tasks.push({ order: r.order, text: r.text });
    byAgency.set(r.agency.id, group);
  }
  return sortVi([...byAgency.values()], (g) => g.agencyName);
}
