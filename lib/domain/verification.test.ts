import { describe, expect, test } from "vitest";
import type { Grant, Principal, RoleName } from "./roles";
import type { CriterionType } from "./scoring/types";
import {
  checkVerifiedValue,
  differsFromSelf,
  mayVerify,
  selfAsVerified,
  verificationStep,
  verifierOf,
  yearOfficers,
  type SelfValues,
  type SheetStatus,
  type VerificationStep,
  type VerifiedValues,
  type YearOfficers,
} from "./verification";

const BLOC = "bloc-a";
const OTHER_BLOC = "bloc-b";
const HEAD = "head";
const DEPUTY = "deputy";
const MEMBER = "member";
const officers: YearOfficers = { headAgencyId: HEAD, deputyAgencyId: DEPUTY };
const noHead: YearOfficers = { headAgencyId: null, deputyAgencyId: null };
const noDeputy: YearOfficers = { headAgencyId: HEAD, deputyAgencyId: null };

function blocUser(role: RoleName, agencyId: string | null = null, blocId = BLOC): Principal {
  return { userId: "u", agencyId, grants: [{ role, blocId, agencyId: null, scopeBlocIds: [] }] };
}
function agencyUser(role: RoleName, agencyId: string, blocIds = [BLOC]): Principal {
  const grant: Grant = { role, blocId: null, agencyId, scopeBlocIds: blocIds };
  return { userId: "u", agencyId, grants: [grant] };
}

describe("yearOfficers", () => {
  const t = (role: "HEAD" | "DEPUTY", agencyId: string, startsOn: string, endsOn: string) => ({ role, agencyId, startsOn, endsOn });
  test.each([
    ["no terms", [], { headAgencyId: null, deputyAgencyId: null }],
    ["one term each", [t("HEAD", "a", "2026-01-01", "2026-12-31"), t("DEPUTY", "b", "2026-01-01", "2026-12-31")], { headAgencyId: "a", deputyAgencyId: "b" }],
    [
      "terms of other years ignored",
      [t("HEAD", "a", "2025-01-01", "2025-12-31"), t("HEAD", "c", "2027-01-01", "2027-12-31")],
      { headAgencyId: null, deputyAgencyId: null },
    ],
    [
      "mid-year handover: the later term",
      [t("HEAD", "a", "2025-06-01", "2026-06-30"), t("HEAD", "c", "2026-07-01", "2027-06-30")],
      { headAgencyId: "c", deputyAgencyId: null },
    ],
    ["a term touching the year on its last day", [t("DEPUTY", "b", "2025-01-01", "2026-01-01")], { headAgencyId: null, deputyAgencyId: "b" }],
  ] as const)("%s", (_name, terms, expected) => {
    expect(yearOfficers(terms, 2026)).toEqual(expected);
  });
});

describe("verifierOf", () => {
  test.each([
    [MEMBER, officers, { kind: "CHAIR", agencyId: HEAD }],
    [DEPUTY, officers, { kind: "CHAIR", agencyId: HEAD }],
    [HEAD, officers, { kind: "DEPUTY", agencyId: DEPUTY }],
    [HEAD, noDeputy, { kind: "DEPUTY", agencyId: null }],
    [MEMBER, noHead, { kind: "CHAIR", agencyId: null }],
    [HEAD, noHead, { kind: "CHAIR", agencyId: null }],
  ] as const)("target %s → %o", (target, o, expected) => {
    expect(verifierOf(target, o)).toEqual(expected);
  });
});

describe("mayVerify", () => {
  test.each<[string, Principal, string, YearOfficers, boolean]>([
    ["chair (head's agency) verifies a member", blocUser("CHAIR", HEAD), MEMBER, officers, true],
    ["chair verifies the deputy's agency", blocUser("CHAIR", HEAD), DEPUTY, officers, true],
    ["chair never verifies its own (head) agency", blocUser("CHAIR", HEAD), HEAD, officers, false],
    ["chair without an agency still not the head's agency", blocUser("CHAIR"), HEAD, officers, false],
    ["chair of another bloc", blocUser("CHAIR", null, OTHER_BLOC), MEMBER, officers, false],
    ["chair whose agency is a plain member: not that member", blocUser("CHAIR", MEMBER), MEMBER, noHead, false],
    ["no head recorded: chair verifies every other member", blocUser("CHAIR", MEMBER), "x", noHead, true],
    [
      "chair with an agency grant on the target",
      { userId: "u", agencyId: null, grants: [...blocUser("CHAIR").grants, ...agencyUser("AGENCY_OFFICER", MEMBER).grants] },
      MEMBER,
      officers,
      false,
    ],
    ["deputy's leader verifies the head's agency", agencyUser("AGENCY_LEADER", DEPUTY), HEAD, officers, true],
    ["deputy's leader does not verify other members", agencyUser("AGENCY_LEADER", DEPUTY), MEMBER, officers, false],
    ["deputy's officer does not verify", agencyUser("AGENCY_OFFICER", DEPUTY), HEAD, officers, false],
    ["deputy's leader in another bloc", agencyUser("AGENCY_LEADER", DEPUTY, [OTHER_BLOC]), HEAD, officers, false],
    ["a member's leader verifies nobody", agencyUser("AGENCY_LEADER", MEMBER), HEAD, officers, false],
    ["head's leader does not verify its own agency", agencyUser("AGENCY_LEADER", HEAD), HEAD, officers, false],
    ["no deputy recorded: nobody verifies the head", agencyUser("AGENCY_LEADER", DEPUTY), HEAD, noDeputy, false],
    ["secretary", blocUser("SECRETARY"), MEMBER, officers, false],
    ["observer", blocUser("OBSERVER"), MEMBER, officers, false],
    ["admin", { userId: "u", agencyId: null, grants: [{ role: "ADMIN", blocId: null, agencyId: null, scopeBlocIds: [] }] }, MEMBER, officers, false],
  ])("%s → %s", (_name, principal, target, o, expected) => {
    expect(mayVerify(principal, BLOC, target, o)).toBe(expected);
  });
  test("signed out", () => expect(mayVerify(null, BLOC, MEMBER, officers)).toBe(false));
});

describe("verificationStep", () => {
  const statuses: SheetStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "VERIFIED"];
  const expected: Record<VerificationStep, SheetStatus> = { VERIFY_ENTRY: "SUBMITTED", COMPLETE: "VERIFIED", RETURN: "RETURNED" };
  for (const status of statuses) {
    for (const step of Object.keys(expected) as VerificationStep[]) {
      test(`${status} + ${step}`, () => {
        const out = verificationStep(status, step);
        if (status === "SUBMITTED") expect(out).toEqual({ ok: true, next: expected[step] });
        else expect(out.ok).toBe(false);
      });
    }
  }
  test("the refusal says why", () => {
    expect(verificationStep("VERIFIED", "VERIFY_ENTRY")).toEqual({ ok: false, message: "Bảng điểm đã hoàn tất thẩm định: không thể thay đổi." });
    expect(verificationStep("DRAFT", "COMPLETE")).toMatchObject({ ok: false, message: expect.stringContaining("chưa nộp") });
  });
});

describe("verified values", () => {
  const self = (over: Partial<SelfValues> = {}): SelfValues => ({ isNA: false, selfInput: null, actual: null, target: null, selfPoints: null, ...over });
  const v = (over: Partial<VerifiedValues> = {}): VerifiedValues => ({ points: null, actual: null, target: null, ...over });
  const crit = (type: CriterionType, minPoints = 0, maxPoints = 5) => ({ type, minPoints, maxPoints });

  test.each<[string, CriterionType, SelfValues | null, VerifiedValues]>([
    ["GRADED → points", "GRADED", self({ selfInput: 2, selfPoints: 3 }), v({ points: 3 })],
    ["QUANTITATIVE → inputs", "QUANTITATIVE", self({ actual: 8, target: 10, selfPoints: 1.6 }), v({ actual: 8, target: 10 })],
    ["GATE violation → 1", "GATE", self({ selfInput: 1, selfPoints: 0 }), v({ actual: 1 })],
    ["GATE no entry → 0", "GATE", null, v({ actual: 0 })],
    ["PENALTY → deduction", "PENALTY", self({ selfInput: 2, selfPoints: 2 }), v({ points: 2 })],
    // Empty means none (docs/decisions/0018): a bonus or penalty the agency left empty is 0.
    ["BONUS no entry → 0", "BONUS", null, v({ points: 0 })],
    ["PENALTY left empty → 0", "PENALTY", self(), v({ points: 0 })],
  ])("selfAsVerified: %s", (_n, type, s, expected) => {
    expect(selfAsVerified(type, s)).toEqual(expected);
    expect(differsFromSelf(type, s, expected)).toBe(false);
  });

  test.each<[string, CriterionType, SelfValues | null, VerifiedValues, string | null, Record<string, string[]> | null | string]>([
    ["same points, no reason", "GRADED", self({ selfPoints: 3 }), v({ points: 3 }), null, null],
    ["changed points need a reason", "GRADED", self({ selfPoints: 3 }), v({ points: 5 }), null, "reason"],
    ["a blank reason is no reason", "YES_NO", self({ selfPoints: 3 }), v({ points: 0 }), "   ", "reason"],
    ["changed points with a reason", "YES_NO", self({ selfPoints: 3 }), v({ points: 0 }), "Không có biên bản", null],
    ["points above the max", "COUNT", self({ selfPoints: 3 }), v({ points: 5.01 }), "x", "points"],
    ["points below the min", "BONUS", self({ selfPoints: 1 }), v({ points: -1 }), "x", "points"],
    ["points at the bounds", "BONUS", self({ selfPoints: 1 }), v({ points: 0 }), "x", null],
    ["points with 3 decimals", "GRADED", self({ selfPoints: 3 }), v({ points: 3.125 }), "x", "points"],
    ["points missing", "GRADED", self({ selfPoints: 3 }), v(), "x", "points"],
    ["0.1 + 0.2 equals 0.3", "COUNT", self({ selfPoints: 0.3 }), v({ points: 0.1 + 0.2 }), null, null],
    ["quantitative same inputs", "QUANTITATIVE", self({ actual: 8, target: 10 }), v({ actual: 8, target: 10 }), null, null],
    ["quantitative changed actual needs a reason", "QUANTITATIVE", self({ actual: 8, target: 10 }), v({ actual: 7, target: 10 }), null, "reason"],
    ["quantitative target removed needs a reason", "QUANTITATIVE", self({ actual: 8, target: 10 }), v({ actual: 8, target: null }), null, "reason"],
    ["quantitative without actual", "QUANTITATIVE", self({ actual: 8, target: 10 }), v({ target: 10 }), "x", "actual"],
    ["quantitative negative target", "QUANTITATIVE", self({ actual: 8, target: 10 }), v({ actual: 8, target: -1 }), "x", "target"],
    ["quantitative points are ignored", "QUANTITATIVE", self({ actual: 8, target: 10, selfPoints: 1 }), v({ actual: 8, target: 10, points: 99 }), null, null],
    ["gate unchanged", "GATE", self({ selfInput: 0 }), v({ actual: 0 }), null, null],
    ["gate: a violation found needs a reason", "GATE", null, v({ actual: 1 }), null, "reason"],
    ["gate: bad value", "GATE", null, v({ actual: 2 }), "x", "violation"],
    ["penalty within the range", "PENALTY", self({ selfPoints: 2 }), v({ points: 4 }), "Thêm 2 lần vi phạm", null],
    ["group is never verified", "GROUP", null, v({ points: 1 }), "x", "_"],
    ["an N/A entry is returned, not verified", "GRADED", self({ isNA: true }), v({ points: 3 }), "x", "_"],
  ])("checkVerifiedValue: %s", (_n, type, s, value, reason, expected) => {
    const errors = checkVerifiedValue(crit(type), s, value, reason);
    if (expected === null || typeof expected === "object") expect(errors).toEqual(expected);
    else expect(Object.keys(errors ?? {})).toEqual([expected]);
  });
});
