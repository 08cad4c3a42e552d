import { describe, expect, test } from "vitest";
import { ACTIONS, type Action, CAPABILITIES, can, canInProvince, canSomewhere, type Resource } from "./permissions";
import { AGENCY_ROLES, BLOC_ROLES, type Grant, type Principal, ROLES, type RoleName } from "./roles";

// The policy as written in docs/decisions/0003-role-model.md, spelled out here
// independently of CAPABILITIES so that a change to either one fails a test.
const POLICY: [Action, RoleName[]][] = [
  ["bloc:read", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR", "AGENCY_LEADER", "AGENCY_OFFICER", "OBSERVER"]],
  ["bloc:create", ["ADMIN", "COUNCIL_STAFF"]],
  ["bloc:manage", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["cycle:manage", ["SECRETARY", "CHAIR"]],
  ["calendar:manage", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["phase:reopen", ["CHAIR"]],
  ["pledge:manage", ["SECRETARY", "CHAIR"]],
  ["registration:review", ["SECRETARY", "CHAIR"]],
  ["registration:read-all", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["registration:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["registration:submit:own", ["AGENCY_LEADER"]],
  ["signature:record:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["progress:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["progress:read-all", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["score:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["score:submit:own", ["AGENCY_LEADER"]],
  ["score:read-all", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["score:verify", ["CHAIR"]],
  ["score:verify-head:own", ["AGENCY_LEADER"]],
  ["score:cross:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["objection:create:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["objection:decide", ["CHAIR"]],
  ["results:read", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR", "AGENCY_LEADER", "AGENCY_OFFICER", "OBSERVER"]],
  ["results:publish", ["CHAIR"]],
  ["meeting:manage", ["SECRETARY", "CHAIR"]],
  ["vote:manage", ["CHAIR"]],
  ["vote:cast:own", ["AGENCY_LEADER"]],
  ["nomination:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["nomination:read-all", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["nomination:review", ["CHAIR"]],
  ["decision:record", ["ADMIN", "COUNCIL_STAFF"]],
  ["person:read-all", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR"]],
  ["person:manage", ["SECRETARY", "CHAIR"]],
  ["person:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["rolemodel:read", ["ADMIN", "COUNCIL_STAFF", "SECRETARY", "CHAIR", "AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["rolemodel:manage", ["SECRETARY", "CHAIR"]],
  ["rolemodel:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["activity:manage", ["SECRETARY", "CHAIR"]],
  ["activity:edit:own", ["AGENCY_LEADER", "AGENCY_OFFICER"]],
  ["audit:read", ["ADMIN", "COUNCIL_STAFF", "CHAIR"]],
  ["user:manage", ["ADMIN", "COUNCIL_STAFF"]],
  ["agency:manage", ["ADMIN", "COUNCIL_STAFF"]],
  ["province:manage", ["ADMIN"]],
  ["overview:read", ["ADMIN", "COUNCIL_STAFF"]],
  ["council-year:manage", ["ADMIN", "COUNCIL_STAFF"]],
  ["file:dispose", ["ADMIN", "COUNCIL_STAFF"]],
];
const policyHas = (role: RoleName, action: Action) => POLICY.find(([a]) => a === action)![1].includes(role);
const isOwn = (action: Action) => action.endsWith(":own");

// Bloc roles sit in BLOC_A. Agency roles belong to AGENCY_X, a member of
// BLOC_A and BLOC_B. AGENCY_Y is another member of BLOC_A; BLOC_C is unrelated.
// Council staff work in the province of BLOC_A and BLOC_B, not of BLOC_C.
const BLOC_A = "bloc-a";
const BLOC_B = "bloc-b";
const BLOC_C = "bloc-c";
const AGENCY_X = "agency-x";
const AGENCY_Y = "agency-y";
const AGENCY_Z = "agency-z";

function grantFor(role: RoleName): Grant {
  if (role === "ADMIN") return { role, blocId: null, agencyId: null, scopeBlocIds: [] };
  if (role === "COUNCIL_STAFF") return { role, blocId: null, agencyId: null, scopeBlocIds: [BLOC_A, BLOC_B], council: { provinceIds: ["p1"], central: false } };
  if (BLOC_ROLES.includes(role)) return { role, blocId: BLOC_A, agencyId: null, scopeBlocIds: [] };
  return { role, blocId: null, agencyId: AGENCY_X, scopeBlocIds: [BLOC_A, BLOC_B] };
}
function principal(...grants: Grant[]): Principal {
  return { userId: "u1", agencyId: grants.find((g) => g.agencyId)?.agencyId ?? null, grants };
}
const as = (role: RoleName) => principal(grantFor(role));

describe("CAPABILITIES", () => {
  test("the policy table lists every action exactly once", () => {
    expect(POLICY.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
  });

  test.each(ROLES)("%s has exactly the capabilities of the written policy", (role) => {
    const expected = POLICY.filter(([, roles]) => roles.includes(role)).map(([a]) => a);
    expect([...CAPABILITIES[role]].sort()).toEqual(expected.sort());
  });

  test.each([...BLOC_ROLES, "ADMIN" as const, "COUNCIL_STAFF" as const])("%s holds no :own action (it has no agency to own one)", (role) => {
    expect(CAPABILITIES[role].filter(isOwn)).toEqual([]);
  });

  test("CHAIR can do everything SECRETARY can, and more", () => {
    expect(CAPABILITIES.SECRETARY.filter((a) => !CAPABILITIES.CHAIR.includes(a))).toEqual([]);
    expect(CAPABILITIES.CHAIR.length).toBeGreaterThan(CAPABILITIES.SECRETARY.length);
  });

  test("AGENCY_LEADER can do everything AGENCY_OFFICER can, plus submit, verify the head's agency and vote", () => {
    expect(CAPABILITIES.AGENCY_LEADER.filter((a) => !CAPABILITIES.AGENCY_OFFICER.includes(a)).sort()).toEqual(
      ["registration:submit:own", "score:submit:own", "score:verify-head:own", "vote:cast:own"].sort(),
    );
    expect(CAPABILITIES.AGENCY_OFFICER.filter((a) => !CAPABILITIES.AGENCY_LEADER.includes(a))).toEqual([]);
  });
});

// How far each kind of grant reaches a resource. "all": every capability;
// "shared": capabilities that are not :own; "none": nothing. ADMIN always "all".
type Reach = "all" | "shared" | "none";
const SCOPES: { scope: string; resource: Resource; bloc: Reach; agency: Reach; council: Reach }[] = [
  { scope: "own agency in the shared bloc", resource: { blocId: BLOC_A, agencyId: AGENCY_X }, bloc: "all", agency: "all", council: "shared" },
  { scope: "another agency in the same bloc", resource: { blocId: BLOC_A, agencyId: AGENCY_Y }, bloc: "all", agency: "shared", council: "shared" },
  { scope: "a bloc-level resource (no agency)", resource: { blocId: BLOC_A }, bloc: "all", agency: "shared", council: "shared" },
  { scope: "a bloc-level resource (agency null)", resource: { blocId: BLOC_A, agencyId: null }, bloc: "all", agency: "shared", council: "shared" },
  { scope: "own agency in its other bloc", resource: { blocId: BLOC_B, agencyId: AGENCY_X }, bloc: "none", agency: "all", council: "shared" },
  { scope: "another agency in the agency's other bloc", resource: { blocId: BLOC_B, agencyId: AGENCY_Z }, bloc: "none", agency: "shared", council: "shared" },
  { scope: "own agency's id in an unrelated bloc", resource: { blocId: BLOC_C, agencyId: AGENCY_X }, bloc: "none", agency: "none", council: "none" },
  { scope: "an unrelated bloc", resource: { blocId: BLOC_C, agencyId: AGENCY_Z }, bloc: "none", agency: "none", council: "none" },
];

const MATRIX = ROLES.flatMap((role) =>
  SCOPES.flatMap(({ scope, resource, bloc, agency, council }) =>
    ACTIONS.map((action) => {
      const reach: Reach = role === "ADMIN" ? "all" : role === "COUNCIL_STAFF" ? council : BLOC_ROLES.includes(role) ? bloc : agency;
      const expected = reach === "all" ? policyHas(role, action) : reach === "shared" ? policyHas(role, action) && !isOwn(action) : false;
      return { role, scope, action, resource, expected };
    }),
  ),
);

describe("can: every role × action × scope", () => {
  test("the matrix covers 7 roles × 8 scopes × 32 actions", () => {
    expect(MATRIX).toHaveLength(ROLES.length * SCOPES.length * ACTIONS.length);
    expect(MATRIX.filter((r) => r.expected).length).toBeGreaterThan(0);
  });

  test.each(MATRIX)("$role · $action · $scope → $expected", ({ role, action, resource, expected }) => {
    expect(can(as(role), action, resource)).toBe(expected);
  });
});

describe("can: scope boundaries", () => {
  const officer = as("AGENCY_OFFICER");
  const leader = as("AGENCY_LEADER");

  test.each<[string, Principal, Action, Resource, boolean]>([
    ["an agency officer edits its own agency's registration", officer, "registration:edit:own", { blocId: BLOC_A, agencyId: AGENCY_X }, true],
    ["an agency officer cannot edit another agency's registration", officer, "registration:edit:own", { blocId: BLOC_A, agencyId: AGENCY_Y }, false],
    ["an agency officer cannot submit its own registration (leader only)", officer, "registration:submit:own", { blocId: BLOC_A, agencyId: AGENCY_X }, false],
    ["an agency leader submits its own registration", leader, "registration:submit:own", { blocId: BLOC_A, agencyId: AGENCY_X }, true],
    ["an agency leader cannot submit another agency's score sheet", leader, "score:submit:own", { blocId: BLOC_A, agencyId: AGENCY_Y }, false],
    ["an agency leader cannot cast a vote for another agency", leader, "vote:cast:own", { blocId: BLOC_A, agencyId: AGENCY_Y }, false],
    ["an :own action on a resource with no agency is refused", officer, "score:edit:own", { blocId: BLOC_A }, false],
    ["an agency officer reads results of the whole bloc", officer, "results:read", { blocId: BLOC_A, agencyId: AGENCY_Y }, true],
    ["an agency officer cannot read every agency's scores", officer, "score:read-all", { blocId: BLOC_A }, false],
  ])("%s", (_name, who, action, resource, expected) => {
    expect(can(who, action, resource)).toBe(expected);
  });

  test.each<[string, string, boolean]>([
    ["a bloc its agency is a member of", BLOC_A, true],
    ["another bloc its agency is a member of", BLOC_B, true],
    ["a bloc its agency is not a member of", BLOC_C, false],
  ])("an agency role reaches only blocs its agency is a member of: %s → %s", (_name, blocId, expected) => {
    expect(can(officer, "bloc:read", { blocId })).toBe(expected);
    expect(can(officer, "registration:edit:own", { blocId, agencyId: AGENCY_X })).toBe(expected);
  });

  test.each<[RoleName, string, boolean]>([
    ["SECRETARY", BLOC_A, true],
    ["SECRETARY", BLOC_B, false],
    ["CHAIR", BLOC_A, true],
    ["CHAIR", BLOC_C, false],
    ["OBSERVER", BLOC_A, true],
    ["OBSERVER", BLOC_B, false],
  ])("a bloc role reaches only its own bloc: %s in %s → %s", (role, blocId, expected) => {
    expect(can(as(role), "bloc:read", { blocId })).toBe(expected);
  });

  test.each<[string, Action, string, boolean]>([
    ["ADMIN reads every bloc", "bloc:read", BLOC_C, true],
    ["ADMIN reads results of a bloc it holds no bloc role in", "results:read", BLOC_B, true],
    ["ADMIN records decisions anywhere", "decision:record", BLOC_B, true],
    ["ADMIN cannot verify scores", "score:verify", BLOC_A, false],
    ["ADMIN cannot publish results", "results:publish", BLOC_A, false],
    ["ADMIN cannot edit an agency's registration", "registration:edit:own", BLOC_A, false],
    ["ADMIN sets up any bloc's calendar", "calendar:manage", BLOC_C, true],
    ["ADMIN does not edit a bloc's criteria, catalogue or key tasks", "cycle:manage", BLOC_A, false],
  ])("%s", (_name, action, blocId, expected) => {
    expect(can(as("ADMIN"), action, { blocId, agencyId: AGENCY_X })).toBe(expected);
  });

  test.each<[string, RoleName, Action, boolean]>([
    ["CHAIR verifies scores in its bloc", "CHAIR", "score:verify", true],
    ["SECRETARY cannot verify scores", "SECRETARY", "score:verify", false],
    ["SECRETARY cannot reopen a phase", "SECRETARY", "phase:reopen", false],
    ["SECRETARY cannot publish results", "SECRETARY", "results:publish", false],
    ["OBSERVER reads results", "OBSERVER", "results:read", true],
    ["OBSERVER cannot manage meetings", "OBSERVER", "meeting:manage", false],
    ["OBSERVER cannot read every agency's scores", "OBSERVER", "score:read-all", false],
  ])("%s", (_name, role, action, expected) => {
    expect(can(as(role), action, { blocId: BLOC_A, agencyId: AGENCY_Y })).toBe(expected);
  });

  test("CHAIR of bloc A cannot verify scores in bloc B", () => {
    expect(can(as("CHAIR"), "score:verify", { blocId: BLOC_B, agencyId: AGENCY_X })).toBe(false);
  });
});

describe("can: several grants and fail-closed cases", () => {
  const chairAndLeader = principal(
    { role: "CHAIR", blocId: BLOC_C, agencyId: null, scopeBlocIds: [] },
    { role: "AGENCY_LEADER", blocId: null, agencyId: AGENCY_X, scopeBlocIds: [BLOC_A] },
  );

  test.each<[string, Action, Resource, boolean]>([
    ["the chair grant verifies in its own bloc", "score:verify", { blocId: BLOC_C, agencyId: AGENCY_Z }, true],
    ["the chair grant does not carry into the leader's bloc", "score:verify", { blocId: BLOC_A, agencyId: AGENCY_Y }, false],
    ["the leader grant submits for its own agency", "score:submit:own", { blocId: BLOC_A, agencyId: AGENCY_X }, true],
    ["neither grant submits for another agency", "score:submit:own", { blocId: BLOC_A, agencyId: AGENCY_Y }, false],
    ["the leader grant does not reach the chair's bloc for :own actions", "vote:cast:own", { blocId: BLOC_C, agencyId: AGENCY_X }, false],
  ])("grants combine by union, each in its own scope: %s", (_name, action, resource, expected) => {
    expect(can(chairAndLeader, action, resource)).toBe(expected);
  });

  const everything = { blocId: BLOC_A, agencyId: AGENCY_X };
  test.each<[string, Principal | null]>([
    ["no principal (signed out)", null],
    ["a principal with no grants", principal()],
    ["unknown role has no access (fail closed)", principal({ role: "GUEST" as RoleName, blocId: BLOC_A, agencyId: AGENCY_X, scopeBlocIds: [BLOC_A] })],
    ["an agency role grant without an agency", principal({ role: "AGENCY_LEADER", blocId: null, agencyId: null, scopeBlocIds: [BLOC_A] })],
    ["an agency whose memberships are empty", principal({ role: "AGENCY_LEADER", blocId: null, agencyId: AGENCY_X, scopeBlocIds: [] })],
  ])("%s: every action is refused", (_name, who) => {
    expect(ACTIONS.filter((action) => can(who, action, everything))).toEqual([]);
  });

  test("AGENCY_ROLES and BLOC_ROLES used by these fixtures are the documented ones", () => {
    expect([...AGENCY_ROLES]).toEqual(["AGENCY_LEADER", "AGENCY_OFFICER"]);
    expect([...BLOC_ROLES]).toEqual(["SECRETARY", "CHAIR", "OBSERVER"]);
  });
});

describe("canInProvince: council work that belongs to a province", () => {
  const staff = (provinceIds: string[], central = false): Principal =>
    principal({ role: "COUNCIL_STAFF", blocId: null, agencyId: null, scopeBlocIds: [], council: { provinceIds, central } });

  test.each<[string, Principal, Action, string | null, boolean]>([
    ["council staff create blocs in their province", staff(["p1"]), "bloc:create", "p1", true],
    ["council staff create blocs in a province their province absorbed", staff(["p1", "p1-old"]), "bloc:create", "p1-old", true],
    ["council staff cannot create blocs in another province", staff(["p1"]), "bloc:create", "p2", false],
    ["provincial council staff cannot work at the central level", staff(["p1"]), "user:manage", null, false],
    ["central council staff work at the central level", staff([], true), "user:manage", null, true],
    ["central council staff do not reach a province", staff([], true), "agency:manage", "p1", false],
    ["council staff cannot manage provinces", staff(["p1"]), "province:manage", "p1", false],
    ["a system administrator manages provinces", as("ADMIN"), "province:manage", "p2", true],
    ["a system administrator works at the central level", as("ADMIN"), "bloc:create", null, true],
    ["a secretary has no province-level work", as("SECRETARY"), "bloc:create", "p1", false],
    ["nobody signed in", null as unknown as Principal, "bloc:create", "p1", false],
  ])("%s", (_name, who, action, provinceId, expected) => {
    expect(canInProvince(who, action, provinceId)).toBe(expected);
  });

  test("canSomewhere says whether any grant carries the action (for links only)", () => {
    expect(canSomewhere(staff(["p1"]), "user:manage")).toBe(true);
    expect(canSomewhere(as("CHAIR"), "user:manage")).toBe(false);
    expect(canSomewhere(null, "bloc:read")).toBe(false);
  });
});
