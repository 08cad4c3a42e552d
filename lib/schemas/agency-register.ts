import { z } from "zod";
import { agencyType, optionalId } from "./agency-change";
import { checkbox, id, optionalDay, optionalText, requiredText, text } from "./common";

/** Inputs of the council's agency register (docs/decisions/0011); the change form is lib/schemas/agency-change.ts. */
const agencyCode = text({ error: "Vui lòng nhập mã cơ quan." })
  .trim()
  .toUpperCase()
  .min(2, "Mã cơ quan cần từ 2 đến 40 ký tự.")
  .max(40, "Mã cơ quan cần từ 2 đến 40 ký tự.")
  .regex(/^[A-Z0-9]+([-_.][A-Z0-9]+)*$/, "Mã cơ quan chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ KT-BTC.");

const agencyFields = {
  name: requiredText("tên cơ quan", 300),
  shortName: optionalText(150),
  type: agencyType,
  establishedOn: optionalDay("ngày thành lập"),
  /** Ticked for a body without its own Party organisation / without mass organisations (its achievement report says so). */
  noPartyOrganisation: checkbox,
  noMassOrganisations: checkbox,
};

export const CreateAgencyInputSchema = z.object({
  /** The province of the register the agency joins; empty = the central level. */
  provinceId: optionalId,
  /** Empty: a code is made from the province and the short name. */
  code: text()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(agencyCode.nullable()),
  ...agencyFields,
});
export type CreateAgencyInput = z.infer<typeof CreateAgencyInputSchema>;

export const UpdateAgencyInputSchema = z.object({ agencyId: id, code: agencyCode, ...agencyFields });
export type UpdateAgencyInput = z.infer<typeof UpdateAgencyInputSchema>;
