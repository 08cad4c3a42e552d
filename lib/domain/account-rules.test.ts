import { describe, expect, test } from "vitest";
import {
  activeAdmins,
  activeChairs,
  applyAccountChange,
  checkAccountChange,
  checkGrantShape,
  type HeldRole,
  invariantProblems,
  isEmail,
  isInForce,
  LAST_ADMIN_MESSAGE,
  lastChairMessage,
  normalisePhone,
  normaliseScope,
  roleScopeKind,
} from "./account-rules";
import type { RoleName } from "./roles";

const TODAY = "2026-06-15";
const held = (grantId: string, userId: string, role: RoleName, over: Partial<HeldRole> = {}): HeldRole => ({
  grantId,
  userId,
  role,
  blocId: role === "CHAIR" ? "b1" : null,
  startsOn: null,
  endsOn: null,
  userActive: true,
  ...over,
});
const names = (id: string) => ({ b1: "Khối các cơ quan Đảng tỉnh", b2: "Khối doanh nghiệp" })[id] ?? id;

describe("roleScopeKind and normaliseScope", () => {
  test.each<[RoleName, string]>([
    ["ADMIN", "NONE"],
    ["COUNCIL_STAFF", "PROVINCE"],
    ["SECRETARY", "BLOC"],
    ["CHAIR", "BLOC"],
    ["OBSERVER", "BLOC"],
    ["AGENCY_LEADER", "AGENCY"],
    ["AGENCY_OFFICER", "AGENCY"],
  ])("%s is scoped to %s", (role, kind) => {
    expect(roleScopeKind(role)).toBe(kind);
  });

  test.each<[RoleName, { blocId: string | null; agencyId: string | null; provinceId: string | null }]>([
    ["ADMIN", { blocId: null, agencyId: null, provinceId: null }],
    ["COUNCIL_STAFF", { blocId: null, agencyId: null, provinceId: "p" }],
    ["CHAIR", { blocId: "b", agencyId: null, provinceId: null }],
    ["AGENCY_OFFICER", { blocId: null, agencyId: "a", provinceId: null }],
  ])("%s keeps only its own scope field", (role, expected) => {
    expect(normaliseScope(role, { blocId: "b", agencyId: "a", provinceId: "p" })).toEqual(expected);
  });
});

describe("checkGrantShape", () => {
  const open = { startsOn: null, endsOn: null };
  test.each<[string, RoleName, object, { startsOn: string | null; endsOn: string | null }, object | null]>([
    ["a bloc role needs its bloc", "SECRETARY", {}, open, { blocId: ["Vai trò Thư ký khối cần chọn khối."] }],
    ["an agency role needs its agency", "AGENCY_LEADER", {}, open, { agencyId: ["Vai trò Thủ trưởng cơ quan cần chọn cơ quan."] }],
    ["council staff may be central (no province)", "COUNCIL_STAFF", {}, open, null],
    ["ADMIN needs nothing", "ADMIN", {}, open, null],
    ["a period may be a single day", "CHAIR", { blocId: "b" }, { startsOn: "2026-01-01", endsOn: "2026-01-01" }, null],
    [
      "a period may not end before it starts",
      "CHAIR",
      { blocId: "b" },
      { startsOn: "2026-02-01", endsOn: "2026-01-31" },
      { endsOn: ["Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."] },
    ],
  ])("%s", (_name, role, scope, period, expected) => {
    expect(checkGrantShape(role, scope, period)).toEqual(expected);
  });
});

describe("isInForce", () => {
  test.each<[string, string | null, string | null, boolean]>([
    ["open on both ends", null, null, true],
    ["starting today (inclusive)", TODAY, null, true],
    ["starting tomorrow", "2026-06-16", null, false],
    ["ending today (inclusive)", null, TODAY, true],
    ["ended yesterday", null, "2026-06-14", false],
  ])("%s → %s", (_name, startsOn, endsOn, expected) => {
    expect(isInForce({ startsOn, endsOn }, TODAY)).toBe(expected);
  });
});

describe("contact formats", () => {
  test.each<[string, string | null]>([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["0912.345.678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(0260) 3862 123", "02603862123"],
    ["091234567", null], // too short
    ["091234567890", null], // too long
    ["0012345678", null], // no operator or area code starts with 0
    ["09123abc78", null],
    ["", null],
  ])("phone %j → %j", (raw, expected) => {
    expect(normalisePhone(raw)).toBe(expected);
  });

  test.each<[string, boolean]>([
    ["thuky@thiduakhoi.vn", true],
    ["ho.ten+1@so-noivu.gov.vn", true],
    ["khong-co-a-cong", false],
    ["a@b", false],
    ["a b@c.vn", false],
  ])("e-mail %j valid: %s", (value, ok) => {
    expect(isEmail(value)).toBe(ok);
  });
});

describe("the invariants", () => {
  const twoAdmins = [held("g1", "u1", "ADMIN"), held("g2", "u2", "ADMIN")];

  test("counts only active accounts with grants in force", () => {
    const roles = [
      held("g1", "u1", "ADMIN"),
      held("g2", "u2", "ADMIN", { userActive: false }),
      held("g3", "u3", "ADMIN", { endsOn: "2026-01-01" }),
      held("g4", "u4", "ADMIN", { startsOn: "2027-01-01" }),
      held("g5", "u5", "CHAIR"),
      held("g6", "u6", "CHAIR", { blocId: "b2" }),
    ];
    expect([...activeAdmins(roles, TODAY)]).toEqual(["u1"]);
    expect([...activeChairs(roles, "b1", TODAY)]).toEqual(["u5"]);
  });

  test("applyAccountChange withdraws one grant, or deactivates every grant of the account", () => {
    expect(applyAccountChange(twoAdmins, { kind: "WITHDRAW", grantId: "g1" }).map((h) => h.grantId)).toEqual(["g2"]);
    expect(applyAccountChange(twoAdmins, { kind: "DEACTIVATE", userId: "u2" }).map((h) => h.userActive)).toEqual([true, false]);
  });

  test.each<[string, HeldRole[], Parameters<typeof checkAccountChange>[1], string[]]>([
    ["withdrawing one of two admins is allowed", twoAdmins, { kind: "WITHDRAW", grantId: "g1" }, []],
    ["withdrawing the last admin grant is refused", [held("g1", "u1", "ADMIN")], { kind: "WITHDRAW", grantId: "g1" }, [LAST_ADMIN_MESSAGE]],
    [
      "deactivating the last active admin is refused",
      [held("g1", "u1", "ADMIN"), held("g2", "u2", "ADMIN", { userActive: false })],
      { kind: "DEACTIVATE", userId: "u1" },
      [LAST_ADMIN_MESSAGE],
    ],
    [
      "an admin whose grant has ended does not count as the other admin",
      [held("g1", "u1", "ADMIN"), held("g2", "u2", "ADMIN", { endsOn: "2026-06-14" })],
      { kind: "WITHDRAW", grantId: "g1" },
      [LAST_ADMIN_MESSAGE],
    ],
    [
      "withdrawing an ended admin grant leaves the active admin",
      [held("g1", "u1", "ADMIN"), held("g2", "u2", "ADMIN", { endsOn: "2026-06-14" })],
      { kind: "WITHDRAW", grantId: "g2" },
      [],
    ],
    [
      "withdrawing the only chair of a bloc is refused",
      [held("c1", "u1", "CHAIR")],
      { kind: "WITHDRAW", grantId: "c1" },
      [lastChairMessage("Khối các cơ quan Đảng tỉnh")],
    ],
    ["withdrawing one of two chairs is allowed", [held("c1", "u1", "CHAIR"), held("c2", "u2", "CHAIR")], { kind: "WITHDRAW", grantId: "c1" }, []],
    [
      "a chair of another bloc does not count",
      [held("c1", "u1", "CHAIR"), held("c2", "u2", "CHAIR", { blocId: "b2" })],
      { kind: "WITHDRAW", grantId: "c1" },
      [lastChairMessage("Khối các cơ quan Đảng tỉnh")],
    ],
    [
      "deactivating the only chair of two blocs names both",
      [held("c1", "u1", "CHAIR"), held("c2", "u1", "CHAIR", { blocId: "b2" })],
      { kind: "DEACTIVATE", userId: "u1" },
      [lastChairMessage("Khối các cơ quan Đảng tỉnh"), lastChairMessage("Khối doanh nghiệp")],
    ],
    [
      "deactivating one chair when another is active is allowed",
      [held("c1", "u1", "CHAIR"), held("c2", "u2", "CHAIR")],
      { kind: "DEACTIVATE", userId: "u1" },
      [],
    ],
    [
      "withdrawing a future chair grant keeps the chair in force",
      [held("c1", "u1", "CHAIR"), held("c2", "u2", "CHAIR", { startsOn: "2027-01-01" })],
      { kind: "WITHDRAW", grantId: "c2" },
      [],
    ],
    ["a bloc with no chair in force today is not blocked", [held("c1", "u1", "CHAIR", { startsOn: "2027-01-01" })], { kind: "WITHDRAW", grantId: "c1" }, []],
    [
      "deactivating the last admin who is also the last chair names both",
      [held("g1", "u1", "ADMIN"), held("c1", "u1", "CHAIR")],
      { kind: "DEACTIVATE", userId: "u1" },
      [LAST_ADMIN_MESSAGE, lastChairMessage("Khối các cơ quan Đảng tỉnh")],
    ],
    ["other roles are free to go", [held("g1", "u1", "ADMIN"), held("s1", "u2", "SECRETARY", { blocId: "b1" })], { kind: "WITHDRAW", grantId: "s1" }, []],
  ])("%s", (_name, roles, change, expected) => {
    expect(checkAccountChange(roles, change, TODAY, names)).toEqual(expected);
  });

  test("a state already without an admin does not block other changes", () => {
    expect(invariantProblems([], [], TODAY, names)).toEqual([]);
  });
});
