import type { RankingExclusion } from "@/lib/domain/ranking-eligibility";
import type { CriterionPoints, ExtraDeduction, PlaceLabel } from "@/lib/domain/scoring";

/** Plain data the results page, its charts and the .xlsx export read (no Decimals, no Prisma rows). */
export interface ResultsCriterion {
  id: string;
  code: string;
  name: string;
  type: string;
  parentId: string | null;
  /** 0 for a top-level node, depth-first in table order. */
  depth: number;
  maxPoints: number;
  isGroup: boolean;
  /** BASE groups at the top level: the stacks of the group chart. */
  isTopBaseGroup: boolean;
}

export interface ResultsRow {
  agencyId: string;
  agencyName: string;
  shortName: string;
  rank: number;
  label: PlaceLabel | null;
  /** Tied with another agency after every tie-break rule: a run-off vote decides (docs/domain/scoring.md#tie-break). */
  needsRunoff: boolean;
  base: number;
  bonus: number;
  /** Every deduction: the table's penalty criteria and the `deductions` below. */
  penalty: number;
  /**
   * Deductions outside the table, each with its line ("Trừ điểm nộp muộn (2 ngày)") and reason
   * (docs/decisions/0042-late-submission.md); absent from versions published before it existed.
   */
  deductions?: ExtraDeduction[];
  total: number;
  bandKey: string | null;
  bandLabel: string | null;
  /** Why not the band just above (result-reasons.ts); absent from versions published before it existed. */
  bandReason?: string | null;
  /** The tie-break rule that put this agency below an equal total, when one did. */
  tieBreakNote?: string | null;
  /** A gate (veto) criterion happened: not eligible for awards whatever the score. */
  vetoed: boolean;
  /** Points per scorable criterion id, rounded to 2 decimals (PENALTY: the deduction). */
  cells: Record<string, { points: number; status: CriterionPoints["status"]; vetoed: boolean }>;
  /** Points per group criterion id, rounded to 2 decimals. */
  groups: Record<string, number>;
  missingCount: number;
}

export type BlocResultsView =
  | { status: "NO_CYCLE" | "NO_TABLE" | "NO_SHEETS" }
  | {
      status: "READY";
      /** ALL agencies, or only the caller's OWN agency (before publication). */
      scope: "ALL" | "OWN";
      table: { id: string; title: string; version: number; scale: number };
      criteria: ResultsCriterion[];
      /** In ranking order: only the members whose sheet reached the state the scoring mode ranks. */
      rows: ResultsRow[];
      /** Members without a score sheet on this table (also in `excluded`). */
      withoutSheet: string[];
      /** Every member not ranked, with the reason (lib/domain/ranking-eligibility), in name order. */
      excluded: RankingExclusion[];
    };
