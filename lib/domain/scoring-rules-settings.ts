/**
 * The year's scoring rules as the settings form edits them (bands configurable per
 * year, a configurable tie-break order, the cross-scoring options: docs/domain/scoring.md#bands,
 * docs/domain/scoring.md#tie-break, docs/domain/score-review.md#cross-scoring).
 * They live in Cycle.rules next to keys other features own (vote and quota defaults…): the
 * helpers here read and replace only the scoring keys and keep everything else as it is.
 * Pure: no Prisma, no clock.
 */
import { DEFAULT_RULES, type Band, type TieBreakRule } from "./scoring/types";
import { CROSS_SCORING_DEFAULTS, SCORING_KEYS } from "./year-rules";

export interface CrossScoringSettings {
  /** Flag a criterion whose scorers differ by more than this many points; null = never. */
  spreadThreshold: number | null;
  /** Drop the highest and lowest score from this many scorers on (docs/domain/score-review.md#cross-scoring). */
  trimFrom: number;
}

export interface ScoringRulesSettings {
  bands: Band[];
  tieBreak: TieBreakRule[];
  crossScoring: CrossScoringSettings;
}

/** The defaults every reader applies (lib/domain/year-rules). */
export const DEFAULT_CROSS_SCORING: CrossScoringSettings = { ...CROSS_SCORING_DEFAULTS };

export const DEFAULT_SETTINGS: ScoringRulesSettings = {
  bands: DEFAULT_RULES.bands.map((b) => ({ ...b })),
  tieBreak: DEFAULT_RULES.tieBreak.map((r) => ({ ...r })),
  crossScoring: { ...DEFAULT_CROSS_SCORING },
};

export const TIE_BREAK_KINDS = ["GROUP_SCORE", "FEWER_PENALTY", "MORE_FULL_MARKS", "HIGHER_BONUS"] as const;

/** "GROUP_SCORE", "GROUP_SCORE:II", "FEWER_PENALTY"… — how one rule travels through a <select>. */
export function tieBreakValue(rule: TieBreakRule): string {
  return rule.kind === "GROUP_SCORE" && rule.groupCode ? `GROUP_SCORE:${rule.groupCode}` : rule.kind;
}

export function tieBreakFromValue(value: string): TieBreakRule | null {
  const [kind, ...rest] = value.split(":");
  const groupCode = rest.join(":").trim();
  if (kind === "GROUP_SCORE") return groupCode ? { kind, groupCode } : { kind };
  if (rest.length > 0) return null;
  if (kind === "FEWER_PENALTY" || kind === "MORE_FULL_MARKS" || kind === "HIGHER_BONUS") return { kind };
  return null;
}

export function tieBreakLabel(rule: TieBreakRule): string {
  switch (rule.kind) {
    case "GROUP_SCORE":
      return rule.groupCode ? `Điểm nhóm ${rule.groupCode} cao hơn` : "Điểm nhóm tiêu chí đầu tiên (nhóm I) cao hơn";
    case "FEWER_PENALTY":
      return "Ít điểm trừ hơn";
    case "MORE_FULL_MARKS":
      return "Nhiều tiêu chí đạt điểm tối đa hơn";
    case "HIGHER_BONUS":
      return "Điểm thưởng cao hơn";
  }
}

const asObject = (v: unknown): Record<string, unknown> => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** The scoring keys of Cycle.rules as stored (for the audit's before/after). */
export function scoringPart(rules: unknown): Record<string, unknown> {
  const raw = asObject(rules);
  return Object.fromEntries(SCORING_KEYS.filter((k) => k in raw).map((k) => [k, raw[k]]));
}

/**
 * Cycle.rules after saving `settings`: every other key kept, and inside crossScoring every
 * other sub-key kept too. `null` settings = "Khôi phục mặc định": the scoring keys are removed,
 * so every reader falls back to its defaults.
 */
export function mergeScoringRules(rules: unknown, settings: ScoringRulesSettings | null): Record<string, unknown> {
  const raw = asObject(rules);
  if (settings === null) return Object.fromEntries(Object.entries(raw).filter(([k]) => !(SCORING_KEYS as readonly string[]).includes(k)));
  return {
    ...raw,
    bands: settings.bands,
    tieBreak: settings.tieBreak,
    crossScoring: { ...asObject(raw.crossScoring), ...settings.crossScoring },
  };
}

export interface BandUse {
  /** The award form's name. */
  name: string;
  minBand: string;
}

/**
 * Award forms name a band by key (AwardForm.minBand, e.g. "XUAT_SAC"): a set of bands without
 * that key would make the award's condition unreachable. Returns one message per missing key,
 * naming the award forms that need it; an empty list means the bands are fine.
 */
export function missingBandKeys(bands: readonly Pick<Band, "key">[], uses: readonly BandUse[]): string[] {
  const keys = new Set(bands.map((b) => b.key));
  const byKey = new Map<string, string[]>();
  for (const u of uses) if (!keys.has(u.minBand)) byKey.set(u.minBand, [...(byKey.get(u.minBand) ?? []), u.name]);
  return [...byKey].map(([key, names]) => `Mức “${key}” đang là điều kiện tối thiểu của ${names.map((n) => `“${n}”`).join(", ")}; không thể bỏ mức này.`);
}
