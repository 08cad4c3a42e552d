import "server-only";
import { COMMITMENT_TARGET_SELECT } from "@/lib/server/pledges/commitment-select";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The pledge with what its audit rows and its copies need. */
export const pledgeContent = {
  id: true,
  cycleId: true,
  version: true,
  status: true,
  rowVersion: true,
  title: true,
  theme: true,
  bases: true,
  commitments: {
    select: {
      ...COMMITMENT_TARGET_SELECT,
      criteria: { select: { criterionId: true } },
    },
    orderBy: { number: "asc" },
  },
} satisfies Prisma.PledgeSelect;

export type PledgeContent = Prisma.PledgeGetPayload<{ select: typeof pledgeContent }>;

/** What the audit log keeps of a pledge's text (before / after). */
export function pledgeSnapshot(p: PledgeContent) {
  return {
    version: p.version,
    status: p.status,
    rowVersion: p.rowVersion,
    title: p.title,
    theme: p.theme,
    bases: p.bases,
    commitments: p.commitments.map((c) => ({
      number: c.number,
      text: c.text,
      targetKind: c.targetKind,
      targetValue: c.targetValue === null ? null : c.targetValue.toString(),
      targetComparator: c.targetComparator,
      targetUnit: c.targetUnit,
      criterionIds: c.criteria.map((l) => l.criterionId),
    })),
  };
}

/** Nested create of commitments numbered 1..n in the given order, with their criteria links. */
export function commitmentsCreate(
  commitments: {
    text: string;
    targetKind: PledgeContent["commitments"][number]["targetKind"];
    targetValue: number | string | null;
    targetComparator: PledgeContent["commitments"][number]["targetComparator"];
    targetUnit: string | null;
    criterionIds: string[];
  }[],
): Prisma.PledgeCommitmentCreateWithoutPledgeInput[] {
  return commitments.map((c, i) => ({
    number: i + 1,
    text: c.text,
    targetKind: c.targetKind,
    targetValue: c.targetValue,
    targetComparator: c.targetComparator,
    targetUnit: c.targetUnit,
    criteria: { create: c.criterionIds.map((criterionId) => ({ criterion: { connect: { id: criterionId } } })) },
  }));
}
