import { describe, expect, test } from "vitest";
import type { PhaseWindow } from "./cycle-phase";
import {
  availableActions,
  checkReviewWindow,
  decideRegistration,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATUSES,
  type RegistrationAction,
  type RegistrationActor,
  type RegistrationCommand,
  type RegistrationStatus,
  registrationActor,
  transition,
} from "./registration";
import { type Principal, ROLES, type RoleName } from "./roles";

const OWN = { blocId: "bloc-A", agencyId: "agency-1" };

function principal(role: RoleName, scope: { blocId?: string; agencyId?: string } = {}): Principal {
  const isAgencyRole = role === "AGENCY_LEADER" || role === "AGENCY_OFFICER";
  const blocId = role === "ADMIN" || isAgencyRole ? null : (scope.blocId ?? OWN.blocId);
  const agencyId = isAgencyRole ? (scope.agencyId ?? OWN.agencyId) : null;
  // Agency roles reach the blocs their agency belongs to (here: bloc A).
  return { userId: "u", agencyId, grants: [{ role, blocId, agencyId, scopeBlocIds: isAgencyRole ? [OWN.blocId] : [] }] };
}

/** The actor a role makes on its own agency's registration / its own bloc, through the real capability map. */
function actorOf(role: RoleName): RegistrationActor {
  return registrationActor(principal(role), OWN);
}

// Written out by hand, not derived from the code under test.
const ROLE_MAY: Record<RoleName, RegistrationAction[]> = {
  AGENCY_OFFICER: ["saveDraft"],
  AGENCY_LEADER: ["saveDraft", "submit"],
  SECRETARY: ["accept", "return"],
  CHAIR: ["accept", "return"],
  ADMIN: [],
  COUNCIL_STAFF: [],
  OBSERVER: [],
};

/** state × action → the next state, or null when the action does not start from that state. */
const NEXT: Record<RegistrationStatus, Record<RegistrationAction, RegistrationStatus | null>> = {
  DRAFT: { saveDraft: "DRAFT", submit: "SUBMITTED", accept: null, return: null },
  SUBMITTED: { saveDraft: null, submit: null, accept: "ACCEPTED", return: "RETURNED" },
  ACCEPTED: { saveDraft: null, submit: null, accept: null, return: null },
  RETURNED: { saveDraft: "RETURNED", submit: "SUBMITTED", accept: null, return: null },
};

/** A command with valid content, so only role and state decide. */
function validCommand(action: RegistrationAction): RegistrationCommand {
  if (action === "submit") return { action, titleCount: 1, targetCount: 0 };
  if (action === "return") return { action, reason: "Thiếu chỉ tiêu về công tác cán bộ." };
  return { action };
}

const cases = ROLES.flatMap((role) => REGISTRATION_STATUSES.flatMap((status) => REGISTRATION_ACTIONS.map((action) => [role, status, action] as const)));

describe("decideRegistration: every role × state × action", () => {
  test("covers 7 roles × 4 states × 4 actions", () => expect(cases).toHaveLength(112));

  test.each(cases)("%s, registration %s, %s", (role, status, action) => {
    const result = decideRegistration(status, validCommand(action), actorOf(role));
    const next = NEXT[status][action];
    if (!ROLE_MAY[role].includes(action)) {
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    } else if (next === null) {
      expect(result).toMatchObject({ ok: false, code: "WRONG_STATE" });
    } else {
      expect(result).toEqual({ ok: true, to: next });
    }
    if (!result.ok) expect(result.reason).toMatch(/[À-ỹ]/); // a Vietnamese sentence, not a code
  });
});

describe("registrationActor: scope", () => {
  const NONE = { canEdit: false, canSubmit: false, canReview: false };
  test.each<[string, Principal | null, RegistrationActor]>([
    ["the leader of the agency may edit and submit", principal("AGENCY_LEADER"), { canEdit: true, canSubmit: true, canReview: false }],
    ["the officer of the agency may edit only", principal("AGENCY_OFFICER"), { canEdit: true, canSubmit: false, canReview: false }],
    ["the leader of another agency of the bloc may do nothing", principal("AGENCY_LEADER", { agencyId: "agency-2" }), NONE],
    ["the officer of another agency of the bloc may do nothing", principal("AGENCY_OFFICER", { agencyId: "agency-2" }), NONE],
    ["the secretary of the bloc may review", principal("SECRETARY"), { canEdit: false, canSubmit: false, canReview: true }],
    ["the chair of the bloc may review", principal("CHAIR"), { canEdit: false, canSubmit: false, canReview: true }],
    ["the secretary of another bloc may do nothing", principal("SECRETARY", { blocId: "bloc-B" }), NONE],
    ["the chair of another bloc may do nothing", principal("CHAIR", { blocId: "bloc-B" }), NONE],
    ["an observer may do nothing", principal("OBSERVER"), NONE],
    ["council staff (admin) may do nothing", principal("ADMIN"), NONE],
    ["nobody signed in may do nothing", null, NONE],
  ])("%s", (_name, who, expected) => {
    expect(registrationActor(who, OWN)).toEqual(expected);
  });
});

describe("transition: content rules", () => {
  test.each<[string, RegistrationStatus, RegistrationCommand, boolean]>([
    ["submitting with no title and no target is refused", "DRAFT", { action: "submit", titleCount: 0, targetCount: 0 }, false],
    ["submitting with one title and no target is allowed", "DRAFT", { action: "submit", titleCount: 1, targetCount: 0 }, true],
    ["submitting with no title and one target is allowed", "DRAFT", { action: "submit", titleCount: 0, targetCount: 1 }, true],
    ["resubmitting an emptied returned registration is refused", "RETURNED", { action: "submit", titleCount: 0, targetCount: 0 }, false],
    ["a draft may be saved empty", "DRAFT", { action: "saveDraft" }, true],
    ["a return reason of 9 characters is refused (< 10)", "SUBMITTED", { action: "return", reason: "123456789" }, false],
    ["a return reason of exactly 10 characters is allowed (>= boundary)", "SUBMITTED", { action: "return", reason: "1234567890" }, true],
    ["spaces around the reason do not count", "SUBMITTED", { action: "return", reason: "   123456789    " }, false],
    ["an empty return reason is refused", "SUBMITTED", { action: "return", reason: "" }, false],
    ["10 Vietnamese characters count as 10, not as their UTF-8 bytes", "SUBMITTED", { action: "return", reason: "Thiếu mục." }, true],
    ["9 Vietnamese characters are refused even though their bytes are more", "SUBMITTED", { action: "return", reason: "Thiếu mục" }, false],
  ])("%s", (_name, status, command, ok) => {
    const result = transition(status, command);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.code).toBe("INVALID");
  });

  test("a short return reason is reported on the reason field", () => {
    expect(transition("SUBMITTED", { action: "return", reason: "ngắn" })).toMatchObject({ ok: false, field: "reason" });
  });

  test("the state is checked before the content: an accepted registration is not 'empty', it is closed", () => {
    expect(transition("ACCEPTED", { action: "submit", titleCount: 0, targetCount: 0 })).toMatchObject({ code: "WRONG_STATE" });
  });

  test("the role is checked before the state", () => {
    expect(decideRegistration("ACCEPTED", { action: "submit", titleCount: 1, targetCount: 0 }, actorOf("AGENCY_OFFICER"))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("availableActions", () => {
  test.each<[RoleName, RegistrationStatus, RegistrationAction[]]>([
    ["AGENCY_OFFICER", "DRAFT", ["saveDraft"]],
    ["AGENCY_LEADER", "DRAFT", ["saveDraft", "submit"]],
    ["AGENCY_LEADER", "RETURNED", ["saveDraft", "submit"]],
    ["AGENCY_LEADER", "SUBMITTED", []],
    ["SECRETARY", "SUBMITTED", ["accept", "return"]],
    ["CHAIR", "SUBMITTED", ["accept", "return"]],
    ["SECRETARY", "DRAFT", []],
    ["SECRETARY", "ACCEPTED", []],
    ["OBSERVER", "SUBMITTED", []],
    ["ADMIN", "SUBMITTED", []],
  ])("%s on a %s registration may %j", (role, status, expected) => {
    expect(availableActions(status, actorOf(role))).toEqual(expected);
  });
});

describe("checkReviewWindow", () => {
  const phases: PhaseWindow[] = [
    { key: "REGISTRATION", opensOn: "2024-01-05", closesOn: "2024-03-25" },
    { key: "PLEDGE_SIGNING", opensOn: "2024-03-26", closesOn: "2024-04-30" },
  ];
  const gap: PhaseWindow[] = [phases[0]!, { key: "PLEDGE_SIGNING", opensOn: "2024-04-02", closesOn: "2024-04-30" }];

  test.each<[string, readonly PhaseWindow[], string, boolean, RegExp?]>([
    ["closed the day before registration opens, saying when it opens", phases, "2024-01-04", false, /05\/01\/2024/],
    ["open on the first day of registration", phases, "2024-01-05", true],
    ["open on the last day of registration", phases, "2024-03-25", true],
    ["open during pledge signing (the decision)", phases, "2024-04-10", true],
    ["open on the last day of pledge signing", phases, "2024-04-30", true],
    ["closed the day after pledge signing ends, saying when it ended", phases, "2024-05-01", false, /30\/04\/2024/],
    ["closed between the two phases, saying when signing opens", gap, "2024-03-30", false, /02\/04\/2024/],
    ["closed when the year has no schedule", [], "2024-02-01", false, /Chưa đặt lịch/],
  ])("%s", (_name, windows, today, open, reason) => {
    const check = checkReviewWindow(windows, today);
    expect(check.open).toBe(open);
    if (!check.open && reason) expect(check.reason).toMatch(reason);
  });

  test("a reopened registration phase allows review", () => {
    const reopened: PhaseWindow[] = [{ key: "REGISTRATION", opensOn: "2024-01-05", closesOn: "2024-03-25", reopenedUntil: "2024-06-01" }];
    expect(checkReviewWindow(reopened, "2024-05-20")).toEqual({ open: true });
  });
});
