/**
 * Pure rules of the accounts area (docs/decisions/0003-role-model.md): the
 * scope each role takes, when a grant is in force, the contact formats, and
 * the two invariants no change may break — the system always keeps an active
 * system administrator, and a bloc that has a Trưởng khối keeps one. The use
 * cases in lib/server/accounts check them inside their transaction after
 * locking the rows concerned; other areas (the bloc set-up) may reuse them.
 */
import { AGENCY_ROLES, BLOC_ROLES, ROLE_LABELS, type RoleName } from "./roles";

// ───────────── Role scopes ─────────────

/** What a role is granted on: nothing (ADMIN), a province or the central level, a bloc, an agency. */
export type RoleScopeKind = "NONE" | "PROVINCE" | "BLOC" | "AGENCY";

export function roleScopeKind(role: RoleName): RoleScopeKind {
  if (role === "ADMIN") return "NONE";
  if (role === "COUNCIL_STAFF") return "PROVINCE";
  if (BLOC_ROLES.includes(role)) return "BLOC";
  if (AGENCY_ROLES.includes(role)) return "AGENCY";
  return "NONE";
}

/** What a province picker sends for the central level (Trung ương); stored as a null province. */
export const CENTRAL_CHOICE = "CENTRAL";

export interface GrantScope {
  blocId: string | null;
  agencyId: string | null;
  /** COUNCIL_STAFF only; null = the central level. */
  provinceId: string | null;
}

/** Keeps only the scope field the role uses (the database CHECK refuses any other pairing). */
export function normaliseScope(role: RoleName, scope: Partial<GrantScope>): GrantScope {
  const kind = roleScopeKind(role);
  return {
    blocId: kind === "BLOC" ? (scope.blocId ?? null) : null,
    agencyId: kind === "AGENCY" ? (scope.agencyId ?? null) : null,
    provinceId: kind === "PROVINCE" ? (scope.provinceId ?? null) : null,
  };
}

export type FieldErrors = Record<string, string[]>;

/**
 * A grant's shape: a bloc role names its bloc, an agency role its agency, and
 * the period (inclusive days, "yyyy-MM-dd") does not end before it starts.
 * Returns field errors keyed blocId / agencyId / endsOn, or null.
 */
export function checkGrantShape(role: RoleName, scope: Partial<GrantScope>, period: { startsOn: string | null; endsOn: string | null }): FieldErrors | null {
  const errors: FieldErrors = {};
  const kind = roleScopeKind(role);
  if (kind === "BLOC" && !scope.blocId) errors.blocId = [`Vai trò ${ROLE_LABELS[role]} cần chọn khối.`];
  if (kind === "AGENCY" && !scope.agencyId) errors.agencyId = [`Vai trò ${ROLE_LABELS[role]} cần chọn cơ quan.`];
  if (period.startsOn && period.endsOn && period.endsOn < period.startsOn) errors.endsOn = ["Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."];
  return Object.keys(errors).length > 0 ? errors : null;
}

/** Whether a grant is in force on `today` ("yyyy-MM-dd"; both ends inclusive, null = open). */
export function isInForce(period: { startsOn: string | null; endsOn: string | null }, today: string): boolean {
  return (period.startsOn === null || period.startsOn <= today) && (period.endsOn === null || period.endsOn >= today);
}

// ───────────── Contact details ─────────────

/** The e-mail syntax the forms and the import accept (that of zod's z.email). */
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
export const EMAIL_MAX_LENGTH = 254;

export function isEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}

export const PHONE_MESSAGE = "Số điện thoại không hợp lệ (ví dụ 0912 345 678, 0260 3862 123 hoặc +84 912 345 678).";

/**
 * A Vietnamese phone number, stored as digits from the leading 0: mobiles have
 * 10 digits, landlines 11 (area code 02x). "+84" / "84" stand for the 0;
 * spaces, dots, dashes and brackets are ignored. Null when it is not one.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.trim().replace(/[\s.\-()]/g, "");
  const m = /^(?:\+84|84|0)([1-9]\d{8,9})$/.exec(compact);
  return m ? `0${m[1]}` : null;
}

// ───────────── Invariants ─────────────

/** One role held, as the invariants see it; days are "yyyy-MM-dd". */
export interface HeldRole {
  grantId: string;
  userId: string;
  role: RoleName;
  blocId: string | null;
  startsOn: string | null;
  endsOn: string | null;
  /** Whether the account holding it is active. */
  userActive: boolean;
}

/** A change that can take the last holder away. */
export type AccountChange = { kind: "WITHDRAW"; grantId: string } | { kind: "DEACTIVATE"; userId: string };

export const LAST_ADMIN_MESSAGE = "Hệ thống phải luôn có ít nhất một Quản trị hệ thống đang hoạt động: hãy giao vai trò cho người khác trước.";

export function lastChairMessage(blocName: string): string {
  return `Khối ${blocName} phải luôn có ít nhất một Trưởng khối: hãy giao vai trò cho người khác trước.`;
}

/** The roles as they would be after the change. */
export function applyAccountChange(held: readonly HeldRole[], change: AccountChange): HeldRole[] {
  if (change.kind === "WITHDRAW") return held.filter((h) => h.grantId !== change.grantId);
  return held.map((h) => (h.userId === change.userId ? { ...h, userActive: false } : h));
}

const counts = (h: HeldRole, today: string) => h.userActive && isInForce(h, today);

/** The active accounts holding ADMIN in force on `today`. */
export function activeAdmins(held: readonly HeldRole[], today: string): Set<string> {
  return new Set(held.filter((h) => h.role === "ADMIN" && counts(h, today)).map((h) => h.userId));
}

/** The active accounts holding CHAIR of `blocId` in force on `today`. */
export function activeChairs(held: readonly HeldRole[], blocId: string, today: string): Set<string> {
  return new Set(held.filter((h) => h.role === "CHAIR" && h.blocId === blocId && counts(h, today)).map((h) => h.userId));
}

/**
 * What a change from `before` to `after` breaks: the last active system
 * administrator gone, or a bloc that had a Trưởng khối left without one.
 * `before` must hold every ADMIN grant and every CHAIR grant of the blocs
 * concerned. A state already broken before the change (no chair yet) does not
 * block unrelated changes. Returns Vietnamese messages, [] when it keeps both.
 */
export function invariantProblems(before: readonly HeldRole[], after: readonly HeldRole[], today: string, blocName: (blocId: string) => string): string[] {
  const problems: string[] = [];
  if (activeAdmins(before, today).size > 0 && activeAdmins(after, today).size === 0) problems.push(LAST_ADMIN_MESSAGE);
  const blocs = [...new Set(before.filter((h) => h.role === "CHAIR" && h.blocId).map((h) => h.blocId as string))];
  for (const blocId of blocs) {
    if (activeChairs(before, blocId, today).size > 0 && activeChairs(after, blocId, today).size === 0) problems.push(lastChairMessage(blocName(blocId)));
  }
  return problems;
}

/** The problems of one change (withdrawing a grant, deactivating an account). */
export function checkAccountChange(held: readonly HeldRole[], change: AccountChange, today: string, blocName: (blocId: string) => string): string[] {
  return invariantProblems(held, applyAccountChange(held, change), today, blocName);
}
