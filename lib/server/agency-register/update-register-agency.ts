import "server-only";
import { isoDay } from "@/lib/format";
import type { AgencyType } from "@/lib/generated/prisma/client";
import type { UpdateAgencyInput } from "@/lib/schemas/agency-register";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { AGENCY_NOT_FOUND, managedAgenciesWhere } from "./register-scope";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Corrects an agency's code, names, type or founding day, and whether it has its own Party
 * organisation and mass organisations. A real change of
 * name is a rename (a lineage change), which keeps the old name for the years
 * before it; this form is for mistakes. An agency out of the caller's scope
 * is NOT_FOUND.
 */
export async function updateRegisterAgency(input: UpdateAgencyInput): Promise<void> {
  const user = await requireUser();
  try {
    await db().$transaction(async (tx) => {
      const before = await tx.agency.findFirst({ where: { AND: [{ id: input.agencyId }, managedAgenciesWhere(user)] } });
      if (!before) throw new AppError("NOT_FOUND", AGENCY_NOT_FOUND);
      const established = input.establishedOn ? isoDay(input.establishedOn) : null;
      if (established && before.dissolvedOn && established >= isoDay(before.dissolvedOn)) {
        throw new AppError("INVALID_INPUT", CHECK_FIELDS, { establishedOn: ["Ngày thành lập phải trước ngày cơ quan giải thể, sáp nhập hoặc đổi tên."] });
      }
      if (input.code !== before.code && (await tx.agency.findUnique({ where: { code: input.code }, select: { id: true } }))) {
        throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã ${input.code} đã được dùng cho một cơ quan khác.`] });
      }
      const after = await tx.agency.update({
        where: { id: before.id },
        data: {
          code: input.code,
          name: input.name,
          shortName: input.shortName ?? input.name,
          type: input.type as AgencyType,
          establishedOn: input.establishedOn ?? null,
          hasPartyOrganisation: !input.noPartyOrganisation,
          hasMassOrganisations: !input.noMassOrganisations,
        },
      });
      await writeAudit(tx, { actorId: user.userId, action: "agency.update", entity: "Agency", entityId: after.id, blocId: null, before, after });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { code: [`Mã ${input.code} đã được dùng cho một cơ quan khác.`] });
    throw e;
  }
}
