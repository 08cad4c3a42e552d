// Idempotent upserts for a signed (LOCKED) pledge and for an award decision.
import type { AuthorityKind, DecisionOutcome, TargetComparator, TargetKind } from "../../lib/generated/prisma/client";
import type { Tx } from "./util";
import { comparatorFor } from "../../lib/domain/target-comparator";

export interface CommitmentSeed {
  text: string;
  targetKind?: TargetKind;
  targetValue?: number | null;
  /** Only where the article's text says so ("từ … trở lên" is AT_LEAST); EXACTLY otherwise. */
  targetComparator?: TargetComparator;
  targetUnit?: string | null;
}

export interface SignatureSeed {
  agencyId: string;
  signerName: string;
  signerTitle: string;
  /** True when the article does not name the signer. */
  isDemoData?: boolean;
}

export interface LockedPledgeSeed {
  cycleId: string;
  title: string;
  theme?: string | null;
  bases: string[];
  signingMeetingId: string;
  lockedAt: Date;
  signedOn: Date;
  commitments: CommitmentSeed[];
  signatures: SignatureSeed[];
}

/**
 * Version 1 of the cycle's pledge, already signed by everyone and locked.
 * Commitments are numbered from 1 in the order given (the articles number them).
 */
export async function upsertLockedPledge(tx: Tx, p: LockedPledgeSeed): Promise<string> {
  const data = {
    title: p.title,
    theme: p.theme ?? null,
    bases: p.bases,
    status: "LOCKED" as const,
    signingMeetingId: p.signingMeetingId,
    lockedAt: p.lockedAt,
  };
  const pledge = await tx.pledge.upsert({
    where: { cycleId_version: { cycleId: p.cycleId, version: 1 } },
    create: { cycleId: p.cycleId, version: 1, ...data },
    update: data,
  });
  await tx.pledgeCommitment.deleteMany({ where: { pledgeId: pledge.id, number: { gt: p.commitments.length } } });
  for (const [i, c] of p.commitments.entries()) {
    const fields = {
      text: c.text,
      targetKind: c.targetKind ?? "TEXT",
      targetValue: c.targetValue ?? null,
      targetComparator: comparatorFor(c.targetKind ?? "TEXT", c.targetComparator),
      targetUnit: c.targetUnit ?? null,
    };
    await tx.pledgeCommitment.upsert({
      where: { pledgeId_number: { pledgeId: pledge.id, number: i + 1 } },
      create: { pledgeId: pledge.id, number: i + 1, ...fields },
      update: fields,
    });
  }
  const signers = p.signatures.map((s) => s.agencyId);
  await tx.pledgeSignature.deleteMany({ where: { pledgeId: pledge.id, agencyId: { notIn: signers } } });
  for (const s of p.signatures) {
    const fields = {
      signerName: s.signerName,
      signerTitle: s.signerTitle,
      signedOn: p.signedOn,
      isDemoData: s.isDemoData ?? false,
    };
    await tx.pledgeSignature.upsert({
      where: { pledgeId_agencyId: { pledgeId: pledge.id, agencyId: s.agencyId } },
      create: { pledgeId: pledge.id, agencyId: s.agencyId, ...fields },
      update: fields,
    });
  }
  return pledge.id;
}

export interface DecisionItemSeed {
  agencyId: string;
  awardFormId: string;
  outcome: DecisionOutcome;
  collectiveName?: string | null;
  personName?: string | null;
  nominationId?: string | null;
}

export interface DecisionSeed {
  cycleId: string;
  number: string;
  issuedOn: Date;
  signer: string;
  authorityKind: AuthorityKind;
  authorityName: string;
  items: DecisionItemSeed[];
  /** Required: true when the number, signer or issuer is invented. */
  isDemoData: boolean;
}

/**
 * A decision is found by (cycle, number). Items have no natural key: each is
 * found by who it awards and what; items the seed no longer lists are removed.
 */
export async function upsertDecision(tx: Tx, dec: DecisionSeed): Promise<string> {
  const data = {
    issuedOn: dec.issuedOn,
    signer: dec.signer,
    authorityKind: dec.authorityKind,
    authorityName: dec.authorityName,
    isDemoData: dec.isDemoData,
  };
  const found = await tx.decision.findFirst({ where: { cycleId: dec.cycleId, number: dec.number } });
  const decision = found
    ? await tx.decision.update({ where: { id: found.id }, data })
    : await tx.decision.create({ data: { cycleId: dec.cycleId, number: dec.number, ...data } });
  const keep: string[] = [];
  for (const it of dec.items) {
    const key = {
      decisionId: decision.id,
      agencyId: it.agencyId,
      awardFormId: it.awardFormId,
      collectiveName: it.collectiveName ?? null,
      personName: it.personName ?? null,
    };
    const fields = { outcome: it.outcome, nominationId: it.nominationId ?? null };
    const item = await tx.decisionItem.findFirst({ where: key });
    const row = item ? await tx.decisionItem.update({ where: { id: item.id }, data: fields }) : await tx.decisionItem.create({ data: { ...key, ...fields } });
    keep.push(row.id);
  }
  await tx.decisionItem.deleteMany({ where: { decisionId: decision.id, id: { notIn: keep } } });
  return decision.id;
}
