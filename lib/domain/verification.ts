/**
 * Verification (thẩm định) of self-scoring sheets (docs/domain/score-review.md#who-verifies). Pure: plain
 * data in and out, no Prisma, session or clock.
 *
 * Who verifies (docs/domain/score-review.md#who-verifies): the Trưởng khối's team (users with "score:verify", the CHAIR role)
 * verifies every member except the head's own agency; the head's own agency is verified by the
 * Phó khối's agency (its leader, "score:verify-head:own"). Nobody ever verifies an agency they
 * belong to — not even the chair. With no head recorded for the year, the chair's team verifies
 * every member (and still never its own agency).
 *
 * What is stored per criterion type (schema-free convention, read by the results computation):
 * - QUANTITATIVE: ScoreEntry.verifiedActual / verifiedTarget — the verifiers correct the inputs,
 *   never the points, because leader-relative points are recomputed from everyone's inputs.
 * - GATE: ScoreEntry.verifiedActual holds the verified veto input: 1 = a violation happened,
 *   0 = none. verifiedPoints stays empty (a gate gives no points).
 * - every other type: ScoreEntry.verifiedPoints, within the criterion's [minPoints, maxPoints]
 *   (for PENALTY it is the deduction, as selfPoints is).
 * An entry counts as verified once ScoreEntry.verifiedAt is set. Completing the verification
 * copies the self value into every entry not verified explicitly.
 */
import { can } from "./permissions";
import { emptyMeansNone } from "./self-scoring";
import type { Principal } from "./roles";
import type { CriterionType } from "./scoring/types";

export interface YearOfficers {
  headAgencyId: string | null;
  deputyAgencyId: string | null;
}

export interface OfficerTermRow {
  role: "HEAD" | "DEPUTY";
  agencyId: string;
  /** yyyy-MM-dd, both ends inclusive. */
  startsOn: string;
  endsOn: string;
}

/**
 * The year's head and deputy agencies: of the terms that overlap the year, the one that started
 * last (after a mid-year handover, the new officer verifies the year's sheets).
 */
export function yearOfficers(terms: readonly OfficerTermRow[], year: number): YearOfficers {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const pick = (role: OfficerTermRow["role"]) =>
    terms
      .filter((t) => t.role === role && t.startsOn <= last && t.endsOn >= first)
      .reduce<OfficerTermRow | null>((best, t) => (!best || t.startsOn > best.startsOn ? t : best), null)?.agencyId ?? null;
  return { headAgencyId: pick("HEAD"), deputyAgencyId: pick("DEPUTY") };
}

export type VerifierKind = "CHAIR" | "DEPUTY";

export interface VerifierAssignment {
  kind: VerifierKind;
  /** The verifying agency: the head's agency for CHAIR (null when none is recorded), the deputy's for DEPUTY (null when none). */
  agencyId: string | null;
}

/** Who verifies the target agency's sheet. */
export function verifierOf(targetAgencyId: string, officers: YearOfficers): VerifierAssignment {
  if (officers.headAgencyId !== null && targetAgencyId === officers.headAgencyId) return { kind: "DEPUTY", agencyId: officers.deputyAgencyId };
  return { kind: "CHAIR", agencyId: officers.headAgencyId };
}

export const VERIFIER_LABELS: Record<VerifierKind, string> = { CHAIR: "Trưởng khối", DEPUTY: "Phó khối" };

/** Every agency the user belongs to or holds an agency role for. */
export function ownAgencyIds(principal: Principal): Set<string> {
  const ids = new Set<string>();
  if (principal.agencyId) ids.add(principal.agencyId);
  for (const g of principal.grants) if (g.agencyId) ids.add(g.agencyId);
  return ids;
}

/** May this user verify the target agency's sheet in this bloc? Never for one of their own agencies. */
export function mayVerify(principal: Principal | null, blocId: string, targetAgencyId: string, officers: YearOfficers): boolean {
  if (!principal || ownAgencyIds(principal).has(targetAgencyId)) return false;
  const v = verifierOf(targetAgencyId, officers);
  if (v.kind === "CHAIR") return can(principal, "score:verify", { blocId });
  return v.agencyId !== null && can(principal, "score:verify-head:own", { blocId, agencyId: v.agencyId });
}

// ── The sheet's state machine during verification ──

export type SheetStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";
export type VerificationStep = "VERIFY_ENTRY" | "COMPLETE" | "RETURN";

export type StepOutcome = { ok: true; next: SheetStatus } | { ok: false; message: string };

const NOT_SUBMITTED: Record<Exclude<SheetStatus, "SUBMITTED">, string> = {
  DRAFT: "Cơ quan chưa nộp bảng tự chấm: chưa thể thẩm định.",
  RETURNED: "Bảng điểm đã được trả lại cho cơ quan: chờ cơ quan nộp lại.",
  VERIFIED: "Bảng điểm đã hoàn tất thẩm định: không thể thay đổi.",
};

/**
 * Only a SUBMITTED sheet is verified: entries are verified one by one (it stays SUBMITTED),
 * then "hoàn tất thẩm định" makes it VERIFIED, or it is returned to the agency (RETURNED).
 */
export function verificationStep(status: SheetStatus, step: VerificationStep): StepOutcome {
  if (status !== "SUBMITTED") return { ok: false, message: NOT_SUBMITTED[status] };
  return { ok: true, next: step === "COMPLETE" ? "VERIFIED" : step === "RETURN" ? "RETURNED" : "SUBMITTED" };
}

// ── One entry's verified value ──

export interface VerifyCriterion {
  type: CriterionType;
  minPoints: number;
  maxPoints: number;
}

/** The agency's own values of the entry (null when it has no entry, e.g. an unticked gate). */
export interface SelfValues {
  isNA: boolean;
  selfInput: number | null;
  actual: number | null;
  target: number | null;
  selfPoints: number | null;
}

export interface VerifiedValues {
  /** Every type except QUANTITATIVE and GATE. */
  points: number | null;
  /** QUANTITATIVE: the actual; GATE: 1 violation / 0 none. */
  actual: number | null;
  /** QUANTITATIVE only; null = no target. */
  target: number | null;
}

export type FieldErrors = Record<string, string[]>;

const same = (a: number | null, b: number | null, digits: number) =>
  a === null || b === null ? a === b : Math.round(a * 10 ** digits) === Math.round(b * 10 ** digits);

/**
 * The self value expressed as a verified value (what completion copies, and what the
 * verification form shows first). A bonus or penalty the agency left empty is 0 (emptyMeansNone).
 */
export function selfAsVerified(type: CriterionType, self: SelfValues | null): VerifiedValues {
  if (type === "QUANTITATIVE") return { points: null, actual: self?.actual ?? null, target: self?.target ?? null };
  if (type === "GATE") return { points: null, actual: self?.selfInput === 1 ? 1 : 0, target: null };
  return { points: self?.selfPoints ?? (emptyMeansNone(type) ? 0 : null), actual: null, target: null };
}

/** Does the verified value differ from the agency's own? */
export function differsFromSelf(type: CriterionType, self: SelfValues | null, v: VerifiedValues): boolean {
  const s = selfAsVerified(type, self);
  if (type === "QUANTITATIVE") return !same(s.actual, v.actual, 4) || !same(s.target, v.target, 4);
  if (type === "GATE") return s.actual !== v.actual;
  return !same(s.points, v.points, 2);
}

/**
 * Field errors of a verified value, or null when it may be saved: the value the type needs is
 * present and in range (points within [min, max] with at most 2 decimals; a gate is 0 or 1),
 * and a reason is given when it differs from the self value. An entry the agency marked N/A is
 * not verified value by value: the verifiers return the sheet when they disagree.
 */
export function checkVerifiedValue(c: VerifyCriterion, self: SelfValues | null, v: VerifiedValues, reason: string | null): FieldErrors | null {
  const errors: FieldErrors = {};
  if (c.type === "GROUP") return { _: ["Điểm của nhóm là tổng điểm các tiêu chí con, không thẩm định trực tiếp."] };
  if (self?.isNA) return { _: ["Cơ quan đánh dấu tiêu chí này “không áp dụng”. Nếu không đồng ý, hãy trả lại bảng điểm kèm lý do."] };
  if (c.type === "QUANTITATIVE") {
    if (v.actual === null) errors.actual = ["Vui lòng nhập kết quả thực hiện được thẩm định."];
    else if (v.actual < 0) errors.actual = ["Kết quả thực hiện không được âm."];
    if (v.target !== null && v.target < 0) errors.target = ["Chỉ tiêu không được âm."];
  } else if (c.type === "GATE") {
    if (v.actual !== 0 && v.actual !== 1) errors.violation = ["Vui lòng chọn có hoặc không có vi phạm."];
  } else if (v.points === null) {
    errors.points = ["Vui lòng nhập điểm thẩm định."];
  } else if (v.points < c.minPoints || v.points > c.maxPoints) {
    errors.points = [`Điểm thẩm định phải từ ${fmt(c.minPoints)} đến ${fmt(c.maxPoints)}.`];
  } else if (!same(v.points, Math.round(v.points * 100) / 100, 6)) {
    errors.points = ["Điểm thẩm định có tối đa 2 chữ số thập phân."];
  }
  if (Object.keys(errors).length === 0 && differsFromSelf(c.type, self, v) && !reason?.trim()) {
    errors.reason = ["Giá trị thẩm định khác giá trị tự chấm: vui lòng nêu lý do."];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const fmt = (n: number) => String(n).replace(".", ",");
