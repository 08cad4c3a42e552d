import "server-only";
import type { RegistrationStatus } from "@/lib/domain/registration";
import type { TargetComparator } from "@/lib/domain/target-comparator";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TargetKind } from "@/lib/domain/pledge";

/** One registration with its titles and targets, as pages and audit entries show it. */
export const registrationDetailSelect = {
  id: true,
  status: true,
  version: true,
  note: true,
  returnReason: true,
  submittedAt: true,
  decidedAt: true,
  updatedAt: true,
  titles: { select: { awardForm: { select: { id: true, code: true, name: true, order: true } } } },
  targets: { select: { order: true, text: true, kind: true, value: true, comparator: true }, orderBy: { order: "asc" } },
} satisfies Prisma.RegistrationSelect;

type Row = Prisma.RegistrationGetPayload<{ select: typeof registrationDetailSelect }>;

export interface RegistrationDetail {
  id: string;
  status: RegistrationStatus;
  version: number;
  note: string | null;
  returnReason: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  updatedAt: Date;
  /** In the catalogue's order. */
  titles: { id: string; code: string; name: string }[];
  targets: { order: number; text: string; kind: TargetKind; value: number | null; comparator: TargetComparator }[];
}

export function toRegistrationDetail(row: Row): RegistrationDetail {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    note: row.note,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    updatedAt: row.updatedAt,
    titles: row.titles
      .map((t) => t.awardForm)
      .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code))
      .map(({ id, code, name }) => ({ id, code, name })),
    targets: row.targets.map((t) => ({
      order: t.order,
      text: t.text,
      kind: t.kind,
      value: t.value === null ? null : t.value.toNumber(),
      comparator: t.comparator,
    })),
  };
}

/** What an audit entry keeps of a registration (before / after). */
export function auditSnapshot(d: RegistrationDetail) {
  return {
    status: d.status,
    version: d.version,
    note: d.note,
    returnReason: d.returnReason,
    titles: d.titles.map((t) => ({ code: t.code, name: t.name })),
    targets: d.targets,
  };
}

export async function loadRegistrationDetail(tx: Prisma.TransactionClient, id: string): Promise<RegistrationDetail | null> {
  const row = await tx.registration.findUnique({ where: { id }, select: registrationDetailSelect });
  return row && toRegistrationDetail(row);
}
