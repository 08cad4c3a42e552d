import "server-only";
import { checkPhaseOpen } from "@/lib/domain/cycle-phase";
import { can } from "@/lib/domain/permissions";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { keyTasksVersion } from "./key-tasks-version";
import { phaseWindow } from "./phase-snapshot";

export interface KeyTaskForm {
  agencyId: string;
  agencyName: string;
  tasks: string[];
  /** The fingerprint the edit form sends back (optimistic concurrency). */
  version: string;
  canEdit: boolean;
  /** Why this user's own agency cannot edit now (registration closed), shown instead of the form. */
  closedReason: string | null;
}

/**
 * Every member agency of the year with its key tasks and whether the signed-in
 * user may edit them (the same rule as saveKeyTasks). Three queries whatever
 * the number of agencies.
 */
export async function findKeyTaskForms(blocId: string, year: number): Promise<KeyTaskForm[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [cycle, members, tasks] = await Promise.all([
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { phases: true } }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
    db().agencyKeyTask.findMany({ where: { cycle: { blocId, year } }, orderBy: { order: "asc" }, select: { agencyId: true, text: true } }),
  ]);
  if (!cycle) return [];
  const isManager = can(user, "cycle:manage", { blocId });
  const registration = checkPhaseOpen(cycle.phases.map(phaseWindow), "REGISTRATION", todayInVietnam());
  const forms = members.map(({ agency }) => {
    const texts = tasks.filter((t) => t.agencyId === agency.id).map((t) => t.text);
    const isOwn = !isManager && can(user, "registration:edit:own", { blocId, agencyId: agency.id });
    const closedReason = isOwn && !registration.open ? registration.reason : null;
    return {
      agencyId: agency.id,
      agencyName: agency.name,
      tasks: texts,
      version: keyTasksVersion(texts),
      canEdit: isManager || (isOwn && registration.open),
      closedReason,
    };
  });
  return sortVi(forms, (f) => f.agencyName);
}
