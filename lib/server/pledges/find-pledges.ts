import "server-only";
import { COMMITMENT_TARGET_SELECT } from "@/lib/server/pledges/commitment-select";
import { targetText } from "@/lib/domain/pledge";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

type PledgeStatus = "DRAFT" | "SIGNING" | "LOCKED" | "SUPERSEDED";

export interface PledgeVersionRow {
  id: string;
  version: number;
  status: PledgeStatus;
  changeReason: string | null;
  lockedAt: Date | null;
}

export interface SignatureRow {
  agencyId: string;
  agencyName: string;
  /** null: a member that has not signed this version. */
  signature: { signerName: string; signerTitle: string; signedOn: string } | null;
}

export interface PledgeDetail {
  version: number;
  status: PledgeStatus;
  title: string;
  theme: string | null;
  bases: string[];
  /** target: the target as one line (lib/domain/pledge targetText), null for none. */
  commitments: { number: number; text: string; target: string | null }[];
  meeting: { heldOn: string; place: string; chairName: string } | null;
  /** Every member of the year, then any other signer. */
  signatures: SignatureRow[];
  signedMembers: number;
  memberCount: number;
}

export interface PledgeOverview {
  versions: PledgeVersionRow[];
  latest: PledgeDetail | null;
}

/** The cycle's pledge: all versions, and the latest one in full. Three queries, run together. */
export async function findPledges(blocId: string, year: number): Promise<PledgeOverview> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const inCycle = { cycle: { blocId, year } };
  const [versions, pledge, members] = await Promise.all([
    db().pledge.findMany({
      where: inCycle,
      select: { id: true, version: true, status: true, changeReason: true, lockedAt: true },
      orderBy: { version: "desc" },
    }),
    db().pledge.findFirst({
      where: inCycle,
      orderBy: { version: "desc" },
      select: {
        version: true,
        status: true,
        title: true,
        theme: true,
        bases: true,
        commitments: {
          select: COMMITMENT_TARGET_SELECT,
          orderBy: { number: "asc" },
        },
        signingMeeting: { select: { heldOn: true, place: true, chairName: true } },
        signatures: { select: { signerName: true, signerTitle: true, signedOn: true, agency: { select: { id: true, name: true } } } },
      },
    }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
  ]);
  if (!pledge) return { versions, latest: null };

  const signed = new Map(pledge.signatures.map((s) => [s.agency.id, s]));
  const memberIds = new Set(members.map((m) => m.agency.id));
  const row = (agency: { id: string; name: string }): SignatureRow => {
    const s = signed.get(agency.id);
    return {
      agencyId: agency.id,
      agencyName: agency.name,
      signature: s ? { signerName: s.signerName, signerTitle: s.signerTitle, signedOn: isoDay(s.signedOn) } : null,
    };
  };
  return {
    versions,
    latest: {
      version: pledge.version,
      status: pledge.status,
      title: pledge.title,
      theme: pledge.theme,
      bases: pledge.bases,
      commitments: pledge.commitments.map((c) => ({
        number: c.number,
        text: c.text,
        target: targetText(c.targetKind, c.targetValue === null ? null : c.targetValue.toNumber(), c.targetUnit, c.targetComparator),
      })),
      meeting: pledge.signingMeeting && { ...pledge.signingMeeting, heldOn: isoDay(pledge.signingMeeting.heldOn) },
      signatures: [
        ...sortVi(
          members.map((m) => row(m.agency)),
          (r) => r.agencyName,
        ),
        ...sortVi(
          pledge.signatures.filter((s) => !memberIds.has(s.agency.id)).map((s) => row(s.agency)),
          (r) => r.agencyName,
        ),
      ],
      signedMembers: members.filter((m) => signed.has(m.agency.id)).length,
      memberCount: members.length,
    },
  };
}
