/**
 * The ranking next to the vote (edge case 20: "show both"): for each candidate of a leading-unit
 * vote, its rank and total in the latest published ranking beside its votes and result, and a note
 * when a lower-ranked unit was confirmed because a higher-ranked one was not. Shown on the vote
 * page, in the vote-count and conference minutes and in the dossier
 * (docs/decisions/0043-ranking-and-the-leading-unit-vote.md). Pure; final Vietnamese text.
 */
import { formatNumber } from "@/lib/format";
import { leadingOutcomes, type LeadingVoteRecord, type PublishedRanking } from "./ranking-vote";
import type { TallyResult } from "./tally-result";

export type { PublishedRanking } from "./ranking-vote";

export interface RankingComparisonRow {
  agencyId: string;
  name: string;
  /** null: not in the published ranking (excluded, or not a member then). */
  rank: number | null;
  total: number | null;
  votes: number;
  result: string;
}

export interface RankingComparison {
  publicationVersion: number;
  rows: RankingComparisonRow[];
  /** One line per candidate, for the minutes. */
  lines: string[];
  /** "B (hạng 2) được suy tôn vì A (hạng 1) không được hội nghị tán thành." */
  notes: string[];
}

function resultText(result: TallyResult, status: string): string {
  if (result.outcome === "NO_QUORUM" || result.outcome === "INVALID_COUNTS") return "chưa quyết định";
  return status === "SELECTED" ? "được suy tôn" : status === "TIED" ? "bằng phiếu, bỏ phiếu lại" : "không được suy tôn";
}

/**
 * The comparison for one closed leading-unit vote; null without a published ranking. `history` is
 * every leading-unit vote of the year (this one included or not): a higher-ranked unit rejected in
 * any of them explains this vote's confirmed lower-ranked unit.
 */
export function compareWithRanking(result: TallyResult, ranking: PublishedRanking | null, history: readonly LeadingVoteRecord[]): RankingComparison | null {
  if (!ranking) return null;
  const byAgency = new Map(ranking.rows.map((r) => [r.agencyId, r]));
  const rows: RankingComparisonRow[] = result.candidates
    .filter((c) => c.agencyId)
    .map((c) => {
      const r = byAgency.get(c.agencyId!);
      return { agencyId: c.agencyId!, name: c.label, rank: r?.rank ?? null, total: r?.total ?? null, votes: c.votes, result: resultText(result, c.status) };
    });
  const lines = rows.map(
    (r) =>
      `${r.name}: ${r.rank === null ? "không có trong bảng xếp hạng đã công bố" : `hạng ${r.rank}, ${formatNumber(r.total!)} điểm`} — ${formatNumber(r.votes)} phiếu đồng ý — ${r.result}.`,
  );
  const { rejected } = leadingOutcomes([...history, { id: "", title: "", status: "CLOSED", agencyIds: [], result, hasRunoff: false }]);
  const notes: string[] = [];
  for (const c of result.candidates) {
    const unit = c.status === "SELECTED" && c.agencyId ? byAgency.get(c.agencyId) : undefined;
    if (!unit) continue;
    const above = ranking.rows.filter((r) => rejected.has(r.agencyId) && r.rank < unit.rank);
    if (above.length === 0) continue;
    notes.push(
      `${unit.agencyName} (hạng ${unit.rank}) được suy tôn vì đơn vị xếp hạng cao hơn ${above.map((a) => `${a.agencyName} (hạng ${a.rank})`).join(", ")} không được hội nghị tán thành.`,
    );
  }
  return { publicationVersion: ranking.version, rows, lines, notes };
}

/** The ranking rows of a published snapshot (its rows are in ranking order), or null without one. */
export function publishedRanking(
  snapshot: { version: number; rows: readonly { agencyId: string; agencyName: string; rank: number; total: number }[] } | null,
): PublishedRanking | null {
  if (!snapshot) return null;
  return { version: snapshot.version, rows: snapshot.rows.map((r) => ({ agencyId: r.agencyId, agencyName: r.agencyName, rank: r.rank, total: r.total })) };
}
