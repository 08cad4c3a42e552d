/**
 * The band (xếp loại) an agency reaches: the Nghệ An floor pattern [S71] of docs/domain/scoring.md#bands —
 * a total AND no criterion below a share of its maximum (docs/domain/edge-cases.md#case-9: floors stop a
 * unit winning on one strong group). Bands are configurable per year, defaults in types.ts.
 */
import { atLeast, roundPoints } from "./round";
import type { LeafShare } from "./sheet-total";
import type { Band } from "./types";

export interface BlockingCriterion {
  criterionId: string;
  code: string;
  /** The criterion's share of its maximum, unrounded. */
  pct: number;
  requiredPct: number;
}

/** Why a better band was not reached — for the UI's explanation. */
export interface BandBlock {
  key: string;
  label: string;
  /** How many points the total lacks (null when the total is enough). */
  totalShortBy: number | null;
  criteria: BlockingCriterion[];
}

export interface BandResult {
  /** null only when the rules define no band at all. */
  band: Band | null;
  /** Every better band, best first, with what stopped the agency (empty for the best band). */
  blockedBy: BandBlock[];
}

/**
 * The first band whose conditions hold; the last band of the list is the fallback and is
 * reached without conditions (types.ts ScoringRules.bands).
 *
 * `total` is the rounded total (89.995 → 90.00 reaches 90). `leaves` are the applicable base
 * criteria (N/A ones are left out: they have no share to fall short of).
 *
 * Reading [I]: a criterion's own floorPct REPLACES the band's percentage for
 * that criterion, in every band. So a criterion with floorPct 50 — e.g. a leader-relative one,
 * where reaching the target is only 50% of the max (docs/domain/scoring.md#leader-relative) — needs 50% for Xuất sắc too, and a
 * criterion with floorPct 90 needs 90% even for Hoàn thành. The fallback band ignores both.
 */
export function bandFor(total: number, leaves: readonly LeafShare[], bands: readonly Band[]): BandResult {
  const blockedBy: BandBlock[] = [];
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i];
    if (i === bands.length - 1) return { band, blockedBy };
    const criteria: BlockingCriterion[] = [];
    for (const l of leaves) {
      const requiredPct = l.floorPct ?? band.minCriterionPct;
      if (!atLeast(l.pct, requiredPct)) criteria.push({ criterionId: l.criterionId, code: l.code, pct: l.pct, requiredPct });
    }
    const totalOk = total >= band.minTotal;
    if (totalOk && criteria.length === 0) return { band, blockedBy };
    blockedBy.push({ key: band.key, label: band.label, totalShortBy: totalOk ? null : roundPoints(band.minTotal - total), criteria });
  }
  return { band: null, blockedBy };
}
