import "server-only";
import { randomBytes } from "node:crypto";
import type { AgencyType, Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import type { ManagedBloc } from "./require-bloc-manager";

export interface NewAgencyData {
  name: string;
  shortName: string;
  type: string;
  establishedOn?: Date | null;
}

/**
 * A code for an agency created from a set-up form: the province's code, the
 * initials of its short name and a random tail, since users never type agency
 * codes and two provinces may have an agency of the same name.
 */
export function newAgencyCode(shortName: string, provinceCode: string | null): string {
  const ascii = shortName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "D");
  const initials = ascii.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join("").slice(0, 10) || "CQ";
  return `${provinceCode ?? "TW"}-${initials}-${randomBytes(3).toString("hex").toUpperCase()}`;
}

/** Creates an agency in the bloc's province (audited as "Agency") inside the caller's transaction. */
export async function insertAgency(tx: Prisma.TransactionClient, actorId: string, bloc: ManagedBloc, data: NewAgencyData) {
  const agency = await tx.agency.create({
    data: {
      code: newAgencyCode(data.shortName, bloc.provinceCode),
      name: data.name,
      shortName: data.shortName,
      type: data.type as AgencyType,
      provinceId: bloc.provinceId,
      establishedOn: data.establishedOn ?? null,
    },
  });
  await writeAudit(tx, { actorId, action: "agency.create", entity: "Agency", entityId: agency.id, blocId: bloc.id, after: agency });
  return agency;
}
