import "server-only";
import { isoDay } from "@/lib/format";

/** The columns of an agency the register's pages show (with `agencyFieldsOf`). */
export const AGENCY_FIELDS_SELECT = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  type: true,
  provinceId: true,
  establishedOn: true,
  dissolvedOn: true,
  hasPartyOrganisation: true,
  hasMassOrganisations: true,
} as const;

export function agencyFieldsOf(a: {
  id: string;
  code: string;
  name: string;
  shortName: string;
  type: string;
  establishedOn: Date | null;
  dissolvedOn: Date | null;
  hasPartyOrganisation: boolean;
  hasMassOrganisations: boolean;
}) {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    type: a.type,
    establishedOn: a.establishedOn ? isoDay(a.establishedOn) : null,
    dissolvedOn: a.dissolvedOn ? isoDay(a.dissolvedOn) : null,
    hasPartyOrganisation: a.hasPartyOrganisation,
    hasMassOrganisations: a.hasMassOrganisations,
  };
}

/** The name of the absorbed province an agency of a register belongs to; null for the register's own province (or the central register). */
export function absorbedProvinceName(provinceId: string | null, registerProvinceId: string | null, nameOf: ReadonlyMap<string, string>): string | null {
  return provinceId && provinceId !== registerProvinceId ? (nameOf.get(provinceId) ?? null) : null;
}
