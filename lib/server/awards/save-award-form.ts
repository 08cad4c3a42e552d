import "server-only";
import type { AwardFormInput } from "@/lib/schemas/awards";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { CYCLE_NOT_FOUND, cycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { awardFormSnapshot, CATALOGUE_MANAGERS_ONLY } from "./award-catalogue";

export const FORM_HAS_SENT = "Hình thức này đã có đề nghị được gửi lên cấp trên: không sửa được danh mục nữa.";

/**
 * Creates or edits one award form of the year's catalogue (secretary, chair: "cycle:manage").
 * The minimum band must be a band of the year; editing is refused once any nomination of the
 * form has been SENT (what was sent stays what the authority receives). Audited.
 */
export async function saveAwardForm(input: AwardFormInput): Promise<{ id: string }> {
  const user = await requireUser();
  const cycle = await cycleScope(input.cycleId);
  authorize(user, "cycle:manage", cycle, { notFound: CYCLE_NOT_FOUND, forbidden: CATALOGUE_MANAGERS_ONLY });
  if (input.minBand) {
    const bands = cycle.rules.bands;
    if (!bands.some((b) => b.key === input.minBand)) {
      const keys = bands.map((b) => `${b.key} (${b.label})`).join(", ");
      throw new AppError("INVALID_INPUT", "Mức xếp loại tối thiểu không có trong thang xếp loại của năm.", { minBand: [`Chọn một trong: ${keys}.`] });
    }
  }
  const { cycleId: _c, awardFormId, ...data } = input;
  try {
    return await db().$transaction(async (tx) => {
      if (!awardFormId) {
        const created = await tx.awardForm.create({ data: { ...data, cycleId: cycle.id } });
        await writeAudit(tx, {
          actorId: user.userId,
          action: "award-form.create",
          entity: "AwardForm",
          entityId: created.id,
          blocId: cycle.blocId,
          after: awardFormSnapshot(created),
        });
        return { id: created.id };
      }
      const before = await tx.awardForm.findFirst({ where: { id: awardFormId, cycleId: cycle.id } });
      if (!before) throw new AppError("NOT_FOUND", "Không tìm thấy hình thức khen thưởng này.");
      const sent = await tx.nomination.count({ where: { awardFormId, status: "SENT" } });
      if (sent > 0) throw new AppError("CONFLICT", FORM_HAS_SENT);
      const after = await tx.awardForm.update({ where: { id: awardFormId }, data });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "award-form.update",
        entity: "AwardForm",
        entityId: awardFormId,
        blocId: cycle.blocId,
        before: awardFormSnapshot(before),
        after: awardFormSnapshot(after),
      });
      return { id: awardFormId };
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("INVALID_INPUT", "Mã hình thức đã có trong danh mục năm nay.", { code: ["Mã này đã được dùng cho hình thức khác."] });
    throw e;
  }
}
