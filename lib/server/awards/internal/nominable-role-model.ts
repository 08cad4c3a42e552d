import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * A nomination made from the role-model register (docs/decisions/0039) names a role model of the
 * nominating agency in the same year that has reached "nhân rộng"; anything else is refused.
 * Checks nothing about the caller: saveNomination has.
 */
export async function requireNominableRoleModel(roleModelId: string, cycleId: string, agencyId: string): Promise<void> {
  const found = await db().roleModel.findFirst({ where: { id: roleModelId, cycleId, agencyId }, select: { stage: true } });
  if (!found) throw new AppError("INVALID_INPUT", "Điển hình không thuộc cơ quan đề nghị trong năm này.", { roleModelId: ["Điển hình không hợp lệ."] });
  if (found.stage !== "REPLICATED")
    throw new AppError("INVALID_INPUT", "Chỉ đề nghị khen thưởng từ sổ điển hình khi điển hình đã qua khâu “Nhân rộng”.", {
      roleModelId: ["Điển hình chưa qua khâu “Nhân rộng”."],
    });
}
