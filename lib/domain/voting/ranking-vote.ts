/**
 * The score ranking and the leading-unit vote (docs/domain/voting.md#ranking-vs-vote, edge case 20;
 * docs/decisions/0043-ranking-and-the-leading-unit-vote.md): the published ranking proposes, the
 * conference's secret vote confirms. Under the year's rule CONFIRM_RANKING the candidates of a
 * leading-unit vote (ACCLAIM_LEADER) are the best-ranked units not yet voted on, as many as the
 * seats still open (units tied at the cut go in together); after a rejection the rule says whether
 * the next-ranked unit is voted on (NEXT_RANKED) or the seat stays empty (NONE). Pure.
 */
import { formatNumber } from "@/lib/format";
import type { TallyResult } from "./tally-result";

export const RANKING_VOTE_MODES = ["FREE", "CONFIRM_RANKING"] as const;
export const ON_REJECTION = ["NEXT_RANKED", "NONE"] as const;
export type RankingVoteMode = (typeof RANKING_VOTE_MODES)[number];
export type OnRejection = (typeof ON_REJECTION)[number];

export interface RankingVoteRule {
  mode: RankingVoteMode;
  onRejection: OnRejection;
  /** How many leading units the year chooses (N). */
  leaders: number;
}

/** Today's behaviour: the chair picks the candidates freely. */
export const RANKING_VOTE_DEFAULTS: RankingVoteRule = { mode: "FREE", onRejection: "NEXT_RANKED", leaders: 1 };

/** One row of the latest published ranking, in ranking order (excluded units are not in it). */
export interface RankedUnit {
  agencyId: string;
  agencyName: string;
  rank: number;
  total: number;
}

/** The latest published ranking of the year. */
export interface PublishedRanking {
  version: number;
  rows: readonly RankedUnit[];
}

/** A leading-unit vote of the year already created (any round), with its stored tally once CLOSED. */
export interface LeadingVoteRecord {
  id: string;
  title: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  agencyIds: readonly string[];
  result: TallyResult | null;
  /** A run-off vote has been created from it. */
  hasRunoff: boolean;
}

export type LeadingProposal =
  | { ok: true; candidates: RankedUnit[]; seats: number; followUp: boolean }
  | { ok: false; message: string; voteId?: string; code: "NOT_PUBLISHED" | "UNFINISHED" | "RUNOFF_PENDING" | "SEATS_FILLED" | "SEAT_LEFT_EMPTY" | "NONE_LEFT" };

/** A vote whose candidates the conference actually decided on (a vote without quorum decided nothing). */
const decided = (r: TallyResult | null): r is TallyResult => !!r && (r.outcome === "DECIDED" || r.outcome === "FAILED" || r.outcome === "TIE");

/** What the year's leading-unit votes settled: the units confirmed, and those voted on and not confirmed. */
export function leadingOutcomes(votes: readonly LeadingVoteRecord[]): { confirmed: Set<string>; votedOn: Set<string>; rejected: Set<string> } {
  const confirmed = new Set<string>();
  const votedOn = new Set<string>();
  const rejected = new Set<string>();
  for (const v of votes) {
    if (!decided(v.result)) continue;
    for (const c of v.result.candidates) {
      if (!c.agencyId) continue;
      votedOn.add(c.agencyId);
      if (c.status === "SELECTED") confirmed.add(c.agencyId);
      if (c.status === "NOT_SELECTED") rejected.add(c.agencyId);
    }
  }
  for (const a of confirmed) rejected.delete(a);
  return { confirmed, votedOn, rejected };
}

/** "Sở A (hạng 1, 95,5 điểm)". */
export function rankedName(u: RankedUnit): string {
  return `${u.agencyName} (hạng ${u.rank}, ${formatNumber(u.total)} điểm)`;
}

/**
 * The candidates the next leading-unit vote must have under CONFIRM_RANKING, or why none can be
 * created now. `ranking` is null when no result is published.
 */
export function proposeLeadingCandidates(input: {
  rule: RankingVoteRule;
  ranking: PublishedRanking | null;
  votes: readonly LeadingVoteRecord[];
}): LeadingProposal {
  const { rule, ranking, votes } = input;
  if (!ranking) {
    return {
      ok: false,
      code: "NOT_PUBLISHED",
      message: "Theo quy tắc của năm, đơn vị dẫn đầu do kết quả chấm điểm đã công bố đề xuất, nhưng kết quả chưa được công bố. Hãy công bố kết quả trước.",
    };
  }
  const unfinished = votes.find((v) => v.status !== "CLOSED");
  if (unfinished) {
    return {
      ok: false,
      code: "UNFINISHED",
      voteId: unfinished.id,
      message: `Cuộc suy tôn “${unfinished.title}” chưa kết thúc: hãy kết thúc cuộc đó trước.`,
    };
  }
  const pending = votes.find((v) => v.result?.outcome === "TIE" && v.result.runoff && !v.hasRunoff);
  if (pending) {
    return { ok: false, code: "RUNOFF_PENDING", message: `Cuộc suy tôn “${pending.title}” có ứng viên bằng phiếu: hãy tạo vòng bỏ phiếu lại trước.` };
  }
  const { confirmed, votedOn } = leadingOutcomes(votes);
  const seats = rule.leaders - confirmed.size;
  if (seats <= 0) return { ok: false, code: "SEATS_FILLED", message: `Đã suy tôn đủ ${rule.leaders} đơn vị dẫn đầu của năm.` };
  if (votedOn.size > 0 && rule.onRejection === "NONE") {
    return {
      ok: false,
      code: "SEAT_LEFT_EMPTY",
      message: "Theo quy tắc của năm, khi hội nghị không tán thành đơn vị được đề xuất thì để trống, không biểu quyết đơn vị xếp hạng kế tiếp.",
    };
  }
  const left = ranking.rows.filter((u) => !votedOn.has(u.agencyId) && !confirmed.has(u.agencyId));
  if (left.length === 0) {
    return { ok: false, code: "NONE_LEFT", message: "Mọi đơn vị trong bảng xếp hạng đã được biểu quyết; không còn đơn vị nào để đề xuất." };
  }
  // Units sharing the rank of the last seat go in together: the vote, not the list's order, decides between them.
  const cut = left[Math.min(seats, left.length) - 1]!.rank;
  return { ok: true, candidates: left.filter((u, i) => i < seats || u.rank === cut), seats, followUp: votedOn.size > 0 };
}

/** Null when the picked candidates are exactly the proposal, otherwise the refusal (Vietnamese). */
export function checkLeadingCandidates(
  proposal: Extract<LeadingProposal, { ok: true }>,
  picked: { agencyIds: readonly string[]; persons: number },
  names: ReadonlyMap<string, string>,
): string | null {
  const wanted = new Set(proposal.candidates.map((c) => c.agencyId));
  const extra = picked.agencyIds.filter((a) => !wanted.has(a));
  const missing = proposal.candidates.filter((c) => !picked.agencyIds.includes(c.agencyId));
  if (extra.length === 0 && missing.length === 0 && picked.persons === 0) return null;
  const parts = [
    `Theo quy tắc của năm, cuộc suy tôn này biểu quyết đúng các đơn vị do kết quả chấm điểm đề xuất: ${proposal.candidates.map(rankedName).join("; ")}.`,
  ];
  if (extra.length > 0) parts.push(`Không thuộc danh sách đề xuất: ${extra.map((a) => names.get(a) ?? "—").join(", ")}.`);
  if (missing.length > 0) parts.push(`Còn thiếu: ${missing.map((c) => c.agencyName).join(", ")}.`);
  if (picked.persons > 0) parts.push("Suy tôn đơn vị dẫn đầu không có ứng viên cá nhân.");
  return parts.join(" ");
}
