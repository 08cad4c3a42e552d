import "server-only";
import type { CreateAgencyInput } from "@/lib/schemas/agency-register";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { insertAgency } from "@/lib/server/setup/internal/insert-agency";
import { AGENCIES_IN_SCOPE_ONLY } from "./register-scope";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Adds an agency to the register of a province (or the central register),
 * through the same writer as a bloc's set-up page. Council staff add only in
 * their scope. Returns the new agency's id.
 */
export async function createRegisterAgency(input: CreateAgencyInput): Promise<string> {
  const user = await requireUser();
  authorize(user, "agency:manage", { provinceId: input.provinceId }, { forbidden: AGENCIES_IN_SCOPE_ONLY });
  const province = input.provinceId ? await db().province.findUnique({ where: { id: input.provinceId }, select: { id: true, code: true } }) : null;
  if (input.provinceId && !province) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
  if (input.code && (await db().agency.findUnique({ where: { code: input.code }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã ${input.code} đã được dùng cho một cơ quan khác.`] });
  }
  try {
    return await db().$transaction(async (tx) => {
      const owner = { provinceId: province?.id ?? null, provinceCode: province?.code ?? null, auditBlocId: null };
      const data = {
        code: input.code,
        name: input.name,
        shortName: input.shortName ?? input.name,
        type: input.type,
        establishedOn: input.establishedOn ?? null,
        hasPartyOrganisation: !input.noPartyOrganisation,
        hasMassOrganisations: !input.noMassOrganisations,
      };
      return (await insertAgency(tx, user.userId, owner, data)).id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      const message = input.code ? `Mã ${input.code} đã được dùng cho một cơ quan khác.` : "Mã tự sinh vừa trùng với một cơ quan khác, vui lòng lưu lại.";
      throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [message] });
    }
    throw e;
  }
}
