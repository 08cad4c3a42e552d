/**
 * The prerequisite gate: a form may require other titles held first (Cờ thi đua của Chính phủ
 * after Tập thể lao động xuất sắc; the Prime Minister's Bằng khen for a person after a provincial
 * one), in any year up to the year of achievement or, when the form says so, within its last N
 * years (docs/decisions/0046-prerequisite-within-years.md). A prerequisite proposed in the same
 * year counts while undecided unless the year's rules say otherwise (edge case 24).
 */

/** A title held in a year (a decision's item, or a person's record). */
export interface HeldTitle {
  code: string;
  year: number;
}

export interface PrerequisiteRule {
  prerequisiteCodes: readonly string[];
  /** Within the last N years up to the year of achievement; null or absent = any year up to it. */
  prerequisiteWithinYears?: number | null;
}

export interface PrerequisiteCheck {
  /** The sentence saying what is missing, or null when every prerequisite is met. */
  missing: string | null;
  /** Prerequisites met only by a proposal of this year (told, not refused). */
  pendingNotes: string[];
}

/** The years of the window `[year − N + 1, year]`, or null when the form has no window. */
export function prerequisiteWindow(rule: PrerequisiteRule, year: number): { from: number; to: number } | null {
  const n = rule.prerequisiteWithinYears;
  return n ? { from: year - n + 1, to: year } : null;
}

export function checkPrerequisites(
  rule: PrerequisiteRule,
  held: readonly HeldTitle[],
  pending: readonly string[],
  year: number,
  name: (code: string) => string,
  pendingCounts = true,
): PrerequisiteCheck {
  const window = prerequisiteWindow(rule, year);
  const missing: string[] = [];
  const pendingNotes: string[] = [];
  for (const code of rule.prerequisiteCodes) {
    const years = held.filter((h) => h.code === code && h.year <= year).map((h) => h.year);
    if (years.some((y) => !window || y >= window.from)) continue;
    if (pendingCounts && pending.includes(code)) {
      pendingNotes.push(`Điều kiện “${name(code)}” đang được đề nghị cùng năm, chưa có quyết định.`);
      continue;
    }
    // Held, but before the window: say when, so the refusal explains itself.
    const earlier = [...new Set(years)].sort((a, b) => a - b);
    missing.push(`“${name(code)}”${earlier.length ? ` (chỉ có năm ${earlier.join(", ")})` : ""}`);
  }
  if (!missing.length) return { missing: null, pendingNotes };
  const within = window ? ` trong ${rule.prerequisiteWithinYears} năm gần nhất (${window.from === window.to ? window.to : `${window.from}–${window.to}`})` : "";
  return { missing: `Chưa có danh hiệu, hình thức là điều kiện${within}: ${missing.join(", ")}.`, pendingNotes };
}
