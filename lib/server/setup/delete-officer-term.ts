import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

/** Deletes a term recorded by mistake; the audit row keeps what it said. */
export async function deleteOfficerTerm(id: string, step: Step = "write"): Promise<void> {
  const term = await db().officerTerm.findUnique({ where: { id }, select: { blocId: true } });
  if (!term) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
  const user = await requireUser();
  const bloc = await blocScope(term.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  await db().$transaction(async (tx) => {
    const before = await tx.officerTerm.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
    stopIfChecking(step);
    await tx.officerTerm.delete({ where: { id } });
    await writeAudit(tx, { actorId: user.userId, action: "officer-term.delete", entity: "OfficerTerm", entityId: id, blocId: bloc.blocId, before });
  });
}
