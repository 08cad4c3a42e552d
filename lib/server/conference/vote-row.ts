import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export const VOTE_SELECT = {
  id: true,
  title: true,
  kind: true,
  method: true,
  status: true,
  round: true,
  closedAt: true,
  ballotsIssued: true,
  ballotsReturned: true,
  ballotsValid: true,
  ballotsInvalid: true,
  awardForm: { select: { name: true } },
  candidates: { select: { order: true, personName: true, paperVotes: true, agency: { select: { name: true } } }, orderBy: { order: "asc" } },
} satisfies Prisma.VoteSelect;

type VoteRecord = Prisma.VoteGetPayload<{ select: typeof VOTE_SELECT }>;

export interface VoteResults {
  closedAt: Date | null;
  /** Voter roll entries: how many members voted electronically, never who chose what. */
  votedCount: number;
  ballots: { issued: number | null; returned: number | null; valid: number | null; invalid: number | null };
  /** Counted votes per candidate where the counting committee recorded them. */
  candidateVotes: { order: number; name: string; votes: number | null }[];
}

export interface VoteRow {
  id: string;
  title: string;
  kind: string;
  method: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  round: number;
  awardFormName: string | null;
  candidates: { order: number; name: string }[];
  /** null until the vote is CLOSED: an open or draft vote is sealed. */
  results: VoteResults | null;
}

function candidateName(c: VoteRecord["candidates"][number]): string {
  if (c.personName && c.agency) return `${c.personName} (${c.agency.name})`;
  return c.personName ?? c.agency?.name ?? "—";
}

export function toVoteRow(v: VoteRecord, votedCount: number): VoteRow {
  const isClosed = v.status === "CLOSED";
  return {
    id: v.id,
    title: v.title,
    kind: v.kind,
    method: v.method,
    status: v.status,
    round: v.round,
    awardFormName: v.awardForm?.name ?? null,
    candidates: v.candidates.map((c) => ({ order: c.order, name: candidateName(c) })),
    results: isClosed
      ? {
          closedAt: v.closedAt,
          votedCount,
          ballots: { issued: v.ballotsIssued, returned: v.ballotsReturned, valid: v.ballotsValid, invalid: v.ballotsInvalid },
          candidateVotes: v.candidates.map((c) => ({ order: c.order, name: candidateName(c), votes: c.paperVotes })),
        }
      : null,
  };
}
