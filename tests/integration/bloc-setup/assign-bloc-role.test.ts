import { beforeEach, describe, expect, it, vi } from "vitest";
import { AssignBlocRoleInputSchema } from "@/lib/schemas/setup";
import { assignBlocRole } from "@/lib/server/setup/assign-bloc-role";
import { findBlocRoleHolders } from "@/lib/server/setup/find-bloc-role-holders";
import { makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const newAccount = (w: World, over: Record<string, string> = {}) =>
  AssignBlocRoleInputSchema.parse({
    mode: "new",
    blocId: w.blocA.id,
    role: "SECRETARY",
    name: "Lê Thị Thư Ký",
    email: "thuky.moi@example.vn",
    agencyId: w.btg.id,
    ...over,
  });

describe("assignBlocRole", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["ADMIN", "ok"],
    ["COUNCIL", "ok"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("a new account as secretary: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      const done = await assignBlocRole(newAccount(w));
      expect(done.temporaryPassword).toMatch(/.{10,}/);
      const user = await w.db.user.findUniqueOrThrow({ where: { email: "thuky.moi@example.vn" }, include: { roles: true } });
      expect(user).toMatchObject({ mustChangePassword: true, provinceId: w.province.id, agencyId: w.btg.id });
      expect(user.roles.map((r) => [r.role, r.blocId])).toEqual([["SECRETARY", w.blocA.id]]);
      expect((await auditOf("RoleAssignment")).map((a) => a.action)).toContain("role.assign");
    } else {
      await expectRefused(assignBlocRole(newAccount(w)), outcome);
      expect(await w.db.user.findUnique({ where: { email: "thuky.moi@example.vn" } })).toBeNull();
    }
  });

  it("names an existing account of the province as chair, and lists the holders", async () => {
    const w = await world();
    const existing = await makeUser(w.db, { provinceId: w.province.id, name: "Trần Văn Chủ Trì" });
    signInAs(w.users.COUNCIL);
    const before = await findBlocRoleHolders(w.blocA.id, 2025);
    expect(before.canAssign).toBe(true);
    expect(before.accounts.map((a) => a.id)).toContain(existing.id);
    await assignBlocRole(AssignBlocRoleInputSchema.parse({ mode: "existing", blocId: w.blocA.id, role: "CHAIR", userId: existing.id }));
    const after = await findBlocRoleHolders(w.blocA.id, 2025);
    expect(after.holders.filter((h) => h.role === "CHAIR").map((h) => h.name)).toContain("Trần Văn Chủ Trì");
  });

  it("refuses an account of another province and a duplicate e-mail, writing nothing", async () => {
    const w = await world();
    const elsewhere = await makeUser(w.db, { provinceId: (await w.db.province.create({ data: { code: `X${w.province.code}`, name: "Nơi khác" } })).id });
    signInAs(w.users.COUNCIL);
    await expectRefused(
      assignBlocRole(AssignBlocRoleInputSchema.parse({ mode: "existing", blocId: w.blocA.id, role: "CHAIR", userId: elsewhere.id })),
      "NOT_FOUND",
    );
    const taken = await w.db.user.findUniqueOrThrow({ where: { id: w.users.SECRETARY } });
    const e = await expectRefused(assignBlocRole(newAccount(w, { email: taken.email })), "INVALID_INPUT");
    expect(e.fieldErrors?.email?.[0]).toContain("đã được dùng");
    expect(await w.db.roleAssignment.count({ where: { userId: elsewhere.id } })).toBe(0);
  });

  it("a secretary sees the holders but may not assign", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const roles = await findBlocRoleHolders(w.blocA.id, 2025);
    expect(roles.canAssign).toBe(false);
    expect(roles.accounts).toEqual([]);
    expect(roles.holders.map((h) => h.role).sort()).toEqual(["CHAIR", "OBSERVER", "SECRETARY"]);
  });
});
