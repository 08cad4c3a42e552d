import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireBlocManager } from "./require-bloc-manager";

/** Deletes a term recorded by mistake; the audit row keeps what it said. */
export async function deleteOfficerTerm(id: string): Promise<void> {
  const term = await db().officerTerm.findUnique({ where: { id }, select: { blocId: true } });
  if (!term) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
  const { user, bloc } = await requireBlocManager(term.blocId);
  await db().$transaction(async (tx) => {
    const before = await tx.officerTerm.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy nhiệm kỳ này (có thể đã bị xóa).");
    await tx.officerTerm.delete({ where: { id } });
    await writeAudit(tx, { actorId: user.userId, action: "officer-term.delete", entity: "OfficerTerm", entityId: id, blocId: bloc.id, before });
  });
}
