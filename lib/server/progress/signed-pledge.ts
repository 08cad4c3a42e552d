import "server-only";
import { COMMITMENT_TARGET_SELECT } from "@/lib/server/pledges/commitment-select";
import type { TargetKind } from "@/lib/domain/progress";
import type { TargetComparator } from "@/lib/domain/target-comparator";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface SignedCommitment {
  id: string;
  number: number;
  text: string;
  targetKind: TargetKind;
  targetValue: number | null;
  targetComparator: TargetComparator;
  targetUnit: string | null;
}

export interface SignedPledge {
  id: string;
  version: number;
  title: string;
  cycleId: string;
  commitments: SignedCommitment[];
}

type Client = Pick<Prisma.TransactionClient, "pledge">;

/** Statuses of a version every member signed: a SUPERSEDED version was LOCKED first. */
export const SIGNED_STATUSES = ["LOCKED", "SUPERSEDED"] as const;

/**
 * The pledge progress is reported against: the latest version every member
 * signed. Creating a new version marks the locked one SUPERSEDED at once
 * (lib/server/pledges/create-pledge-version), yet its commitments stay the
 * signed ones until the new version locks, so progress goes on against it
 * meanwhile. null when no version has been signed by every member. Callers
 * authorize; this only reads.
 */
export async function loadSignedPledge(client: Client, blocId: string, year: number): Promise<SignedPledge | null> {
  const pledge = await client.pledge.findFirst({
    where: { cycle: { blocId, year }, status: { in: [...SIGNED_STATUSES] } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      title: true,
      cycleId: true,
      commitments: {
        select: { id: true, ...COMMITMENT_TARGET_SELECT },
        orderBy: { number: "asc" },
      },
    },
  });
  if (!pledge) return null;
  return {
    ...pledge,
    commitments: pledge.commitments.map((c) => ({ ...c, targetValue: c.targetValue === null ? null : c.targetValue.toNumber() })),
  };
}
