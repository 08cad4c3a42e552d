import "server-only";
import { readSnapshot } from "@/lib/domain/publication";
import { publishedRanking, type LeadingVoteRecord, type PublishedRanking } from "@/lib/domain/voting";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedResult } from "../vote-context";

/**
 * What the link between the ranking and the leading-unit vote reads (docs/decisions/0043): the
 * year's latest published ranking and its leading-unit (ACCLAIM_LEADER) votes of every round.
 * Checks nothing; the callers authorize.
 */
export const LEADING_VOTE_SELECT = {
  id: true,
  title: true,
  status: true,
  result: true,
  candidates: { select: { agencyId: true }, orderBy: { order: "asc" } },
  runoffs: { select: { id: true } },
} satisfies Prisma.VoteSelect;

type LeadingVoteRow = Prisma.VoteGetPayload<{ select: typeof LEADING_VOTE_SELECT }>;

/** The latest publication of a cycle, as a nested select (no query of its own). */
export const LATEST_PUBLICATION_SELECT = {
  orderBy: { version: "desc" },
  take: 1,
  select: { snapshot: true },
} satisfies Prisma.Cycle$publicationsArgs;

export function leadingRecord(v: LeadingVoteRow): LeadingVoteRecord {
  return {
    id: v.id,
    title: v.title,
    status: v.status,
    agencyIds: v.candidates.flatMap((c) => (c.agencyId ? [c.agencyId] : [])),
    result: v.status === "CLOSED" ? storedResult(v) : null,
    hasRunoff: v.runoffs.length > 0,
  };
}

export function rankingOfPublications(publications: readonly { snapshot: Prisma.JsonValue }[]): PublishedRanking | null {
  return publishedRanking(publications[0] ? readSnapshot(publications[0].snapshot) : null);
}

/** Two queries: the latest snapshot and the year's leading-unit votes (by round). */
export async function readLeadingContext(
  tx: Prisma.TransactionClient,
  cycleId: string,
): Promise<{ ranking: PublishedRanking | null; votes: LeadingVoteRecord[] }> {
  const publication = await tx.resultPublication.findFirst({ where: { cycleId }, orderBy: { version: "desc" }, select: { snapshot: true } });
  const votes = await tx.vote.findMany({
    where: { kind: "ACCLAIM_LEADER", meeting: { cycleId } },
    select: LEADING_VOTE_SELECT,
    orderBy: [{ round: "asc" }, { id: "asc" }],
  });
  return { ranking: rankingOfPublications(publication ? [publication] : []), votes: votes.map(leadingRecord) };
}
