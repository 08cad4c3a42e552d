// The ranking-vote spec's own bloc (tests/e2e/ranking-vote.spec.ts, docs/e2e.md): a copy of the
// central bloc's live conference (conferenceWorld in tests/e2e/worlds.ts: every sheet verified,
// results published as version 1, today's year-end conference with its attendance), plus the
// first three units of the published ranking, which the spec expects the vote to follow
// (docs/decisions/0043-ranking-and-the-leading-unit-vote.md).
import { readSnapshot } from "../../lib/domain/publication";
import { formatNumber } from "../../lib/format";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export interface RankedUnitSeen {
  name: string;
  rank: number;
  /** The total as the app writes it (vi-VN: "95,5"). */
  total: string;
}

export interface RankingVoteWorld {
  bloc: string;
  year: number;
  chair: string;
  /** Ranks 1 and 2 of the published ranking, each alone at its rank. */
  first: RankedUnitSeen;
  second: RankedUnitSeen;
}

/** The conference copy's published ranking, read back: the spec names its units as the app will. */
export async function rankingVoteWorld(db: PrismaClient, conference: { bloc: string; year: number; chair: string }): Promise<RankingVoteWorld> {
  const cycle = await db.cycle.findFirstOrThrow({
    where: { bloc: { code: conference.bloc }, year: conference.year },
    select: { publications: { orderBy: { version: "desc" }, take: 1, select: { snapshot: true } } },
  });
  const rows = readSnapshot(cycle.publications[0]?.snapshot ?? null)?.rows ?? [];
  // A tie at rank 2 would put both tied units in the follow-up vote (ADR 0043): the spec's
  // scenario needs one unit at each of the first two ranks, so a changed seed says so here.
  if (rows.length < 3 || rows[0]!.rank !== 1 || rows[1]!.rank !== 2 || rows[2]!.rank !== 3) {
    throw new Error(`ranking-vote world: ${conference.bloc} needs a published ranking with distinct ranks 1, 2 and 3`);
  }
  const seen = (r: (typeof rows)[number]): RankedUnitSeen => ({ name: r.agencyName, rank: r.rank, total: formatNumber(r.total) });
  return { bloc: conference.bloc, year: conference.year, chair: conference.chair, first: seen(rows[0]!), second: seen(rows[1]!) };
}
