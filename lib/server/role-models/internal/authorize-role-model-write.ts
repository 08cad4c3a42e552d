import "server-only";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { authorize } from "@/lib/server/authz/authorize";
import { memberScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { OWN_AGENCY_ONLY, ROLE_MODEL_NOT_FOUND } from "./role-model-record";

/**
 * The check every change to an existing role model starts with (advance, edit, remove): an entry
 * the user cannot read is "not found"; one they can read but not change is refused, since only
 * the agency's own people and the bloc's secretary and chair change it. Returns where it stands.
 */
export async function authorizeRoleModelWrite(user: CurrentUser, roleModelId: string) {
  const found = await db().roleModel.findUnique({ where: { id: roleModelId }, select: { cycleId: true, agencyId: true } });
  if (!found) throw new AppError("NOT_FOUND", ROLE_MODEL_NOT_FOUND);
  const member = await memberScope(found.cycleId, found.agencyId);
  authorize(user, ["rolemodel:read"], member, { notFound: ROLE_MODEL_NOT_FOUND });
  authorize(user, ["rolemodel:manage", "rolemodel:edit:own"], member, { forbidden: OWN_AGENCY_ONLY });
  return { ...found, member };
}
