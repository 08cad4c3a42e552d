import { describe, expect, test } from "vitest";
import {
  AGENCY_ROLES,
  BLOC_ROLES,
  COUNCIL_ROLES,
  councilScopeOf,
  scopeCoversProvince,
  type Grant,
  type Principal,
  ROLE_LABELS,
  ROLES,
  type RoleName,
  reachableBlocIds,
  rolesInBloc,
} from "./roles";

const admin: Grant = { role: "ADMIN", blocId: null, agencyId: null, scopeBlocIds: [] };
const inBloc = (role: RoleName, blocId: string): Grant => ({ role, blocId, agencyId: null, scopeBlocIds: [] });
const forAgency = (role: RoleName, agencyId: string, blocs: string[]): Grant => ({ role, blocId: null, agencyId, scopeBlocIds: blocs });
const principal = (...grants: Grant[]): Principal => ({ userId: "u1", agencyId: null, grants });

describe("role catalogue", () => {
  test("the council roles, the bloc roles and the agency roles partition ROLES", () => {
    const all = [...COUNCIL_ROLES, ...BLOC_ROLES, ...AGENCY_ROLES];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...ROLES].sort());
  });

  test.each<[RoleName, string]>([
    ["ADMIN", "Quản trị hệ thống"],
    ["COUNCIL_STAFF", "Cán bộ Hội đồng TĐKT"],
    ["SECRETARY", "Thư ký khối"],
    ["CHAIR", "Trưởng khối"],
    ["AGENCY_LEADER", "Thủ trưởng cơ quan"],
    ["AGENCY_OFFICER", "Cán bộ thi đua"],
    ["OBSERVER", "Người theo dõi"],
  ])("%s is labelled %s", (role, label) => {
    expect(ROLE_LABELS[role]).toBe(label);
  });
});

describe("reachableBlocIds", () => {
  test.each<[string, Principal, string[] | null]>([
    ["ADMIN sees every bloc (null, not a list)", principal(admin), null],
    ["ADMIN alongside other grants still sees every bloc", principal(inBloc("SECRETARY", "a"), admin), null],
    ["no grants reach no bloc", principal(), []],
    ["a bloc role reaches its bloc", principal(inBloc("CHAIR", "a")), ["a"]],
    ["an agency role reaches every bloc its agency is a member of", principal(forAgency("AGENCY_OFFICER", "x", ["a", "b"])), ["a", "b"]],
    ["an agency with no memberships reaches nothing", principal(forAgency("AGENCY_LEADER", "x", [])), []],
    [
      "several grants reach the union, each bloc once",
      principal(inBloc("SECRETARY", "a"), inBloc("OBSERVER", "c"), forAgency("AGENCY_LEADER", "x", ["a", "b"])),
      ["a", "b", "c"],
    ],
  ])("%s", (_name, who, expected) => {
    const ids = reachableBlocIds(who);
    expect(ids === null ? null : [...ids].sort()).toEqual(expected);
  });
});

describe("rolesInBloc", () => {
  const multi = principal(
    forAgency("AGENCY_OFFICER", "x", ["a", "b"]),
    inBloc("SECRETARY", "a"),
    inBloc("OBSERVER", "b"),
    forAgency("AGENCY_LEADER", "x", ["a", "b"]),
  );

  test.each<[string, Principal, string, RoleName[]]>([
    ["roles come back in ROLES order, whatever the grant order", multi, "a", ["SECRETARY", "AGENCY_LEADER", "AGENCY_OFFICER"]],
    ["a bloc role counts only in its own bloc", multi, "b", ["AGENCY_LEADER", "AGENCY_OFFICER", "OBSERVER"]],
    ["a bloc outside every grant yields no role", multi, "c", []],
    ["ADMIN holds its role in any bloc", principal(admin), "anything", ["ADMIN"]],
    ["the same role granted twice is listed once", principal(inBloc("CHAIR", "a"), inBloc("CHAIR", "a")), "a", ["CHAIR"]],
    ["a chair of another bloc has no role here", principal(inBloc("CHAIR", "b")), "a", []],
  ])("%s", (_name, who, blocId, expected) => {
    expect(rolesInBloc(who, blocId)).toEqual(expected);
  });
});

describe("council scope", () => {
  const staff = (provinceIds: string[], central = false): Grant => ({
    role: "COUNCIL_STAFF",
    blocId: null,
    agencyId: null,
    scopeBlocIds: ["b1"],
    council: { provinceIds, central },
  });

  test("a system administrator's scope is everything", () => {
    expect(councilScopeOf(principal(admin, staff(["p1"])))).toBe("all");
    expect(scopeCoversProvince("all", "p9")).toBe(true);
    expect(scopeCoversProvince("all", null)).toBe(true);
  });

  test("several council grants add up; other roles have no council scope", () => {
    const scope = councilScopeOf(principal(staff(["p1"]), staff(["p2"], true), inBloc("CHAIR", "b1")));
    expect(scope).toEqual({ provinceIds: ["p1", "p2"], central: true });
    expect(councilScopeOf(principal(inBloc("CHAIR", "b1")))).toBeNull();
    expect(scopeCoversProvince(null, "p1")).toBe(false);
  });

  test.each<[string[], boolean, string | null, boolean]>([
    [["p1"], false, "p1", true],
    [["p1"], false, "p2", false],
    [["p1"], false, null, false],
    [[], true, null, true],
    [[], true, "p1", false],
  ])("provinces %j, central %s covers %s → %s", (provinceIds, central, provinceId, expected) => {
    expect(scopeCoversProvince({ provinceIds, central }, provinceId)).toBe(expected);
  });

  test("council staff reach the blocs of their scope and hold COUNCIL_STAFF there", () => {
    const p = principal(staff(["p1"]));
    expect(reachableBlocIds(p)).toEqual(new Set(["b1"]));
    expect(rolesInBloc(p, "b1")).toEqual(["COUNCIL_STAFF"]);
    expect(rolesInBloc(p, "b2")).toEqual([]);
  });
});
