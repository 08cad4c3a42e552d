import "server-only";
import { randomBytes } from "node:crypto";
import type { AgencyType, Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";

export interface NewAgencyData {
  /** Null: made from the province's code and the short name (newAgencyCode). */
  code?: string | null;
  name: string;
  shortName: string;
  type: string;
  establishedOn?: Date | null;
  /** Default true: most members have both (docs/domain/edge-cases.md#case-34). */
  hasPartyOrganisation?: boolean;
  hasMassOrganisations?: boolean;
}

/**
 * Where a new agency goes: its province (null = the central level) and the
 * bloc whose audit log records it (null when the council's register does).
 */
export interface AgencyOwner {
  provinceId: string | null;
  provinceCode: string | null;
  auditBlocId: string | null;
}

/**
 * A code for an agency created from a form without one: the province's code,
 * the initials of its short name and a random tail, since two provinces may
 * have an agency of the same name.
 */
export function newAgencyCode(shortName: string, provinceCode: string | null): string {
  const ascii = shortName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "D");
  const initials =
    ascii
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase())
      .join("")
      .slice(0, 10) || "CQ";
  return `${provinceCode ?? "TW"}-${initials}-${randomBytes(3).toString("hex").toUpperCase()}`;
}

/**
 * Creates an agency in the owner's province (audited as "Agency") inside the
 * caller's transaction: the one writer for a bloc's set-up page and the register.
 */
export async function insertAgency(tx: Prisma.TransactionClient, actorId: string, owner: AgencyOwner, data: NewAgencyData) {
  const agency = await tx.agency.create({
    data: {
      code: data.code ?? newAgencyCode(data.shortName, owner.provinceCode),
      name: data.name,
      shortName: data.shortName,
      type: data.type as AgencyType,
      provinceId: owner.provinceId,
      establishedOn: data.establishedOn ?? null,
      hasPartyOrganisation: data.hasPartyOrganisation ?? true,
      hasMassOrganisations: data.hasMassOrganisations ?? true,
    },
  });
  await writeAudit(tx, { actorId, action: "agency.create", entity: "Agency", entityId: agency.id, blocId: owner.auditBlocId, after: agency });
  return agency;
}
