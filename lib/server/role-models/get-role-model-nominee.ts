import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface RoleModelNominee {
  roleModelId: string;
  agencyId: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  collectiveName: string | null;
  personId: string | null;
  personName: string | null;
  achievements: string;
}

const NOT_NOMINABLE = "Không tìm thấy điển hình đã nhân rộng của cơ quan bạn trong năm này.";

/**
 * What the register's "Đề nghị khen thưởng" fills the nomination form with (docs/decisions/0039):
 * a role model of this bloc-year that reached "nhân rộng", for whoever drafts its agency's
 * nominations. The nomination itself is then saved by saveNomination, as any other. One query.
 */
export async function getRoleModelNominee(blocId: string, year: number, roleModelId: string): Promise<RoleModelNominee> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const row = await db().roleModel.findFirst({
    where: { id: roleModelId, stage: "REPLICATED", cycle: { blocId, year } },
    select: { id: true, agencyId: true, target: true, collectiveName: true, personId: true, personName: true, achievement: true },
  });
  if (!row) throw new AppError("NOT_FOUND", NOT_NOMINABLE);
  authorize(user, "nomination:edit:own", { blocId, agencyId: row.agencyId }, { notFound: NOT_NOMINABLE, hidden: true });
  return {
    roleModelId: row.id,
    agencyId: row.agencyId,
    target: row.target,
    collectiveName: row.collectiveName,
    personId: row.personId,
    personName: row.personName,
    achievements: row.achievement,
  };
}
