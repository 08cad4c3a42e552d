/**
 * The person's record rule of an individual form (docs/domain/awards.md#eligibility-gates, Luật
 * 2022 Điều 73 pattern; docs/decisions/0036): `years` consecutive years ending with the year of
 * achievement, each with one of `anyOf`, and at least `count` of each `withinWindow` code in them.
 * The refusal names the years found and the years missing. Pure.
 */

export interface PersonRecordRule {
  anyOf: readonly string[];
  years: number;
  withinWindow?: readonly { code: string; count: number }[];
}

/** The columns of AwardForm that hold the rule (null years = no rule). */
export interface RecordRuleColumns {
  recordYears: number | null;
  recordCodes: readonly string[];
  recordMinCode: string | null;
  recordMinCount: number | null;
}

export function recordRuleOf(f: RecordRuleColumns): PersonRecordRule | null {
  if (f.recordYears === null || f.recordCodes.length === 0) return null;
  const within = f.recordMinCode && f.recordMinCount ? [{ code: f.recordMinCode, count: f.recordMinCount }] : [];
  return { anyOf: [...f.recordCodes], years: f.recordYears, withinWindow: within };
}

const list = (years: readonly number[]) => years.join(", ");

/**
 * One sentence for the person, or null when the record meets the rule. `name(code)` gives a
 * code's Vietnamese name; `year` is the year of achievement the window ends with.
 */
export function personRecordProblem(
  person: { name: string; titles: readonly { code: string; year: number }[] },
  rule: PersonRecordRule,
  year: number,
  name: (code: string) => string,
): string | null {
  const first = year - rule.years + 1;
  const window = Array.from({ length: rule.years }, (_, i) => first + i);
  const found = window.filter((y) => person.titles.some((t) => t.year === y && rule.anyOf.includes(t.code)));
  const missing = window.filter((y) => !found.includes(y));
  const problems: string[] = [];
  if (missing.length) {
    const names = rule.anyOf.map((c) => `“${name(c)}”`).join(" hoặc ");
    const span = rule.years === 1 ? `năm ${year}` : `${rule.years} năm liên tục (${first}–${year})`;
    const have = found.length ? `đã có năm ${list(found)}` : "chưa có năm nào";
    problems.push(`cần ${span} đạt ${names}; ${have}, còn thiếu năm ${list(missing)}`);
  }
  for (const need of rule.withinWindow ?? []) {
    const held = window.filter((y) => person.titles.some((t) => t.year === y && t.code === need.code));
    if (held.length < need.count) {
      const which = held.length ? ` (năm ${list(held)})` : "";
      problems.push(`cần ${need.count} lần “${name(need.code)}” trong ${first}–${year}, mới có ${held.length}${which}`);
    }
  }
  return problems.length ? `${person.name}: ${problems.join("; ")}.` : null;
}

/** The rule in words for the catalogue, e.g. "3 năm liên tục đạt Chiến sĩ thi đua cơ sở". */
export function describeRecordRule(rule: PersonRecordRule, name: (code: string) => string): string {
  const each = rule.anyOf.map(name).join(" hoặc ");
  const within = (rule.withinWindow ?? []).map((w) => `; trong đó ít nhất ${w.count} lần ${name(w.code)}`).join("");
  return `${rule.years} năm liên tục đạt ${each}${within}`;
}
