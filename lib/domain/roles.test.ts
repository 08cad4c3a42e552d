import { describe, expect, test } from "vitest";
import { AGENCY_ROLES, BLOC_ROLES, type Grant, type Principal, ROLE_LABELS, ROLES, type RoleName, reachableBlocIds, rolesInBloc } from "./roles";

const admin: Grant = { role: "ADMIN", blocId: null, agencyId: null, agencyBlocIds: [] };
const inBloc = (role: RoleName, blocId: string): Grant => ({ role, blocId, agencyId: null, agencyBlocIds: [] });
const forAgency = (role: RoleName, agencyId: string, blocs: string[]): Grant => ({ role, blocId: null, agencyId, agencyBlocIds: blocs });
const principal = (...grants: Grant[]): Principal => ({ userId: "u1", agencyId: null, grants });

describe("role catalogue", () => {
  test("ADMIN, the bloc roles and the agency roles partition ROLES", () => {
    const all = ["ADMIN", ...BLOC_ROLES, ...AGENCY_ROLES];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...ROLES].sort());
  });

  test.each<[RoleName, string]>([
    ["ADMIN", "Quản trị (Hội đồng TĐKT)"],
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
