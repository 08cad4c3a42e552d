/**
 * The quota of an award form (docs/domain/awards.md#quotas, edge cases 4 and 22): none, a count, or a percentage
 * of the bloc's members with an explicit rounding rule (20% of 3 leaders = 0.6 → 0 or 1?).
 * Pure: the member count and what was already sent are arguments.
 *
 * Arithmetic is done on integers: the percentage is a Decimal(6,2) in the database, so it is
 * turned into hundredths of a percent (20.00 → 2000) and quota = members × hundredths ÷ 10 000,
 * rounded with integer division. 20% of 15 is exactly 3, never 2.9999….
 */
import { formatNumber } from "@/lib/format";

export const QUOTA_KINDS = ["NONE", "COUNT", "PERCENT_OF_MEMBERS"] as const;
export type QuotaKind = (typeof QUOTA_KINDS)[number];
export const ROUNDINGS = ["FLOOR", "CEIL", "HALF_UP"] as const;
export type Rounding = (typeof ROUNDINGS)[number];

/** The quota columns of AwardForm. quotaValue: the Decimal as a number or its string ("20.00"). */
export interface QuotaRule {
  name: string;
  quotaKind: QuotaKind;
  quotaValue: number | string | null;
  quotaRounding: Rounding;
}

export type Quota = { limited: false; description: string } | { limited: true; max: number; description: string };

const ROUNDING_TEXT: Record<Rounding, string> = {
  FLOOR: "làm tròn xuống",
  CEIL: "làm tròn lên",
  HALF_UP: "làm tròn theo quy tắc 0,5 lên",
};

/**
 * A decimal value as an integer count of hundredths, without going through float
 * multiplication: "20.5" → 2050, 0.29 → 29 (0.29 × 100 is 28.999…96 in floating point).
 * null when the value is missing or not a number.
 */
export function toHundredths(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "number" ? (Number.isFinite(value) ? value.toFixed(6) : "") : value.trim().replace(",", ".");
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const whole = Number(match[2] || "0");
  const fraction = (match[3] ?? "").padEnd(3, "0");
  // Round half up on the third decimal (a Decimal(6,2) has none; a float like 0.29 has noise there).
  const hundredths = whole * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
  return match[1] === "-" ? -hundredths : hundredths;
}

/** numerator ÷ denominator (both ≥ 0, denominator > 0) rounded as the form says. */
function divide(numerator: number, denominator: number, rounding: Rounding): number {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (remainder === 0) return quotient;
  if (rounding === "FLOOR") return quotient;
  if (rounding === "CEIL") return quotient + 1;
  return 2 * remainder >= denominator ? quotient + 1 : quotient; // HALF_UP: 0.5 goes up
}

/**
 * How many nominations of this form the bloc may send. NONE → unlimited. COUNT → the value
 * (a fractional count is rounded with the form's rule). PERCENT_OF_MEMBERS → members × value %,
 * rounded with the form's rule. Never negative; a missing or unreadable value gives 0, so a
 * half-configured form refuses rather than lets everything through.
 */
export function quotaFor(form: QuotaRule, members: number): Quota {
  if (form.quotaKind === "NONE") return { limited: false, description: "không giới hạn số lượng" };
  const hundredths = toHundredths(form.quotaValue);
  if (hundredths === null) {
    return { limited: true, max: 0, description: "chỉ tiêu chưa được cấu hình (tính là 0)" };
  }
  const value = Math.max(0, hundredths);
  if (form.quotaKind === "COUNT") {
    const max = divide(value, 100, form.quotaRounding);
    const note = value % 100 === 0 ? "" : ` (${formatNumber(value / 100)}, ${ROUNDING_TEXT[form.quotaRounding]})`;
    return { limited: true, max, description: `tối đa ${max}${note}` };
  }
  const count = Math.max(0, Math.floor(members));
  const max = divide(count * value, 10_000, form.quotaRounding);
  const pct = formatNumber(value / 100);
  const exact = (count * value) % 10_000 === 0;
  const how = exact ? "" : `, ${ROUNDING_TEXT[form.quotaRounding]}`;
  return {
    limited: true,
    max,
    description: `tối đa ${pct}% số thành viên: ${count} × ${pct}% = ${formatNumber((count * value) / 10_000)}${how} → ${max}`,
  };
}

export type QuotaCheck = { ok: true; quota: Quota; remaining: number | null } | { ok: false; quota: Quota; remaining: number; reason: string };

/**
 * Whether `toSend` more nominations of the form fit in its quota, given `alreadySent` (the
 * form's nominations already SENT this year). The refusal names the form and the quota.
 */
export function quotaCheck(form: QuotaRule, members: number, alreadySent: number, toSend = 1): QuotaCheck {
  const quota = quotaFor(form, members);
  if (!quota.limited) return { ok: true, quota, remaining: null };
  const remaining = Math.max(0, quota.max - Math.max(0, alreadySent));
  if (toSend <= remaining) return { ok: true, quota, remaining: remaining - Math.max(0, toSend) };
  const already = alreadySent > 0 ? `đã gửi ${alreadySent}, ` : "";
  const left = remaining > 0 ? `chỉ còn gửi được ${remaining}` : "không còn suất nào";
  return {
    ok: false,
    quota,
    remaining,
    reason: `Vượt chỉ tiêu của “${form.name}” (${quota.description}): ${already}${left}, không gửi thêm ${toSend} được.`,
  };
}
