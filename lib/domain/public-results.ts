/**
 * What a published result shows to the public (công khai — docs/decisions/0024-public-results.md):
 * the ranking, the place labels, the totals and the bands of the published version, and nothing
 * else — no criterion scores, no evidence, no reasons for a band, no exclusions' reasons, no
 * people. Pure: a stored snapshot in, the public rows out.
 */
import type { PublicationSnapshot } from "./publication";

export interface PublicResultRow {
  rank: number;
  /** Nhất, Nhì, Ba… where the rules name places. */
  place: string | null;
  agencyName: string;
  total: number;
  band: string | null;
}

export function publicRows(snapshot: PublicationSnapshot): PublicResultRow[] {
  return snapshot.rows.map((r) => ({ rank: r.rank, place: r.label, agencyName: r.agencyName, total: r.total, band: r.bandLabel }));
}
