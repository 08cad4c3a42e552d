import "server-only";
import { COMMITMENT_TARGET_SELECT } from "@/lib/server/pledges/commitment-select";
import { targetText, type PledgeStatus, type TargetKind } from "@/lib/domain/pledge";
import type { TargetComparator } from "@/lib/domain/target-comparator";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, sortVi } from "@/lib/format";
import { db } from "@/lib/server/db";
import { loadRequiredSigners } from "./required-signers";

export interface CommitmentView {
  number: number;
  text: string;
  targetKind: TargetKind;
  targetValue: number | null;
  targetComparator: TargetComparator;
  targetUnit: string | null;
  /** The target as one line (lib/domain/pledge targetText), null for none. */
  target: string | null;
  criteria: { id: string; code: string; name: string }[];
}

export interface SignatureRowView {
  agencyId: string;
  agencyName: string;
  /** Whether the pledge waits for this agency's signature to lock. */
  isRequired: boolean;
  signature: { signerName: string; signerTitle: string; signedOn: string; scan: { id: string; name: string } | null } | null;
}

export interface PledgeView {
  id: string;
  version: number;
  status: PledgeStatus;
  rowVersion: number;
  title: string;
  theme: string | null;
  bases: string[];
  changeReason: string | null;
  lockedAt: Date | null;
  previousVersion: number | null;
  nextVersion: number | null;
  commitments: CommitmentView[];
  meeting: { id: string; heldOn: string; place: string; chairName: string; presentAgencyIds: string[] } | null;
  /** Every member of the year (Vietnamese order), then any other signer. */
  signatures: SignatureRowView[];
  requiredCount: number;
  signedRequired: number;
}

const select = {
  id: true,
  version: true,
  status: true,
  rowVersion: true,
  title: true,
  theme: true,
  bases: true,
  changeReason: true,
  lockedAt: true,
  previous: { select: { version: true } },
  next: { select: { version: true } },
  commitments: {
    orderBy: { number: "asc" },
    select: {
      ...COMMITMENT_TARGET_SELECT,
      criteria: { select: { criterion: { select: { id: true, code: true, name: true } } } },
    },
  },
  signingMeeting: { select: { id: true, heldOn: true, place: true, chairName: true, attendances: { select: { agencyId: true, status: true } } } },
  signatures: {
    select: {
      agencyId: true,
      signerName: true,
      signerTitle: true,
      signedOn: true,
      agency: { select: { name: true } },
      scanFile: { select: { id: true, originalName: true } },
    },
  },
} satisfies Prisma.PledgeSelect;

/**
 * One version of a bloc's pledge for a year (the latest when version is
 * omitted), with its members' signatures. null when there is none. Callers
 * authorize; this only reads. Four queries.
 */
export async function loadPledgeView(blocId: string, year: number, version?: number): Promise<PledgeView | null> {
  const [p, members, required] = await Promise.all([
    db().pledge.findFirst({ where: { cycle: { blocId, year }, ...(version ? { version } : {}) }, orderBy: { version: "desc" }, select }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
    loadRequiredSigners(db(), blocId, year),
  ]);
  if (!p) return null;
  const requiredSet = new Set(required);
  const signed = new Map(p.signatures.map((s) => [s.agencyId, s]));
  const memberIds = new Set(members.map((m) => m.agency.id));
  const row = (agencyId: string, agencyName: string): SignatureRowView => {
    const s = signed.get(agencyId);
    return {
      agencyId,
      agencyName,
      isRequired: requiredSet.has(agencyId),
      signature: s
        ? {
            signerName: s.signerName,
            signerTitle: s.signerTitle,
            signedOn: isoDay(s.signedOn),
            scan: s.scanFile && { id: s.scanFile.id, name: s.scanFile.originalName },
          }
        : null,
    };
  };
  return {
    id: p.id,
    version: p.version,
    status: p.status,
    rowVersion: p.rowVersion,
    title: p.title,
    theme: p.theme,
    bases: p.bases,
    changeReason: p.changeReason,
    lockedAt: p.lockedAt,
    previousVersion: p.previous?.version ?? null,
    nextVersion: p.next?.version ?? null,
    commitments: p.commitments.map((c) => {
      const targetValue = c.targetValue === null ? null : c.targetValue.toNumber();
      return {
        number: c.number,
        text: c.text,
        targetKind: c.targetKind,
        targetValue,
        targetComparator: c.targetComparator,
        targetUnit: c.targetUnit,
        target: targetText(c.targetKind, targetValue, c.targetUnit, c.targetComparator),
        criteria: sortVi(
          c.criteria.map((l) => l.criterion),
          (k) => k.code,
        ),
      };
    }),
    meeting: p.signingMeeting && {
      id: p.signingMeeting.id,
      heldOn: isoDay(p.signingMeeting.heldOn),
      place: p.signingMeeting.place,
      chairName: p.signingMeeting.chairName,
      presentAgencyIds: p.signingMeeting.attendances.filter((a) => a.status !== "ABSENT").map((a) => a.agencyId),
    },
    signatures: [
      ...sortVi(
        members.map((m) => row(m.agency.id, m.agency.name)),
        (r) => r.agencyName,
      ),
      ...sortVi(
        p.signatures.filter((s) => !memberIds.has(s.agencyId)).map((s) => row(s.agencyId, s.agency.name)),
        (r) => r.agencyName,
      ),
    ],
    requiredCount: required.length,
    signedRequired: required.filter((id) => signed.has(id)).length,
  };
}
