import { beforeEach, describe, expect, it, vi } from "vitest";
import { GrantRoleInputSchema } from "@/lib/schemas/accounts";
import { grantRole } from "@/lib/server/accounts/grant-role";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const grant = (w: World, over: Record<string, string>) => GrantRoleInputSchema.parse({ userId: w.target.id, ...over });
const OUT = "không thuộc phạm vi bạn quản lý: bạn chỉ giao, thu hồi được vai trò trong tỉnh, thành phố của mình.";

describe("grantRole", () => {
  beforeEach(() => signInAs(null));

  it("gives a bloc role with days, audited with the bloc; the role is in force for loadPrincipal", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const { grantId } = await grantRole(grant(w, { role: "CHAIR", blocId: w.blocA.id, startsOn: "2020-01-01" }));
    expect(await w.db.roleAssignment.findUniqueOrThrow({ where: { id: grantId } })).toMatchObject({
      userId: w.target.id,
      role: "CHAIR",
      blocId: w.blocA.id,
      agencyId: null,
      provinceId: null,
    });
    const [audit] = await auditOf("RoleAssignment", grantId);
    expect(audit).toMatchObject({
      actorId: w.users.STAFF_P,
      action: "role.assign",
      blocId: w.blocA.id,
      before: null,
      after: { userId: w.target.id, role: "CHAIR", roleLabel: "Trưởng khối", scope: w.blocA.name, startsOn: "2020-01-01", endsOn: null },
    });
    expect((await loadPrincipal(w.target.id))?.grants.map((g) => [g.role, g.blocId])).toEqual([["CHAIR", w.blocA.id]]);
  });

  it("an agency role is scoped to the agency and audited without a bloc", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    const { grantId } = await grantRole(grant(w, { role: "AGENCY_OFFICER", agencyId: w.agencyA.id }));
    const [audit] = await auditOf("RoleAssignment", grantId);
    expect(audit).toMatchObject({ blocId: null, after: { role: "AGENCY_OFFICER", scope: w.agencyA.name, agencyId: w.agencyA.id } });
  });

  it("council staff: the absorbing province covers the absorbed one; the central level is a choice of its own", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    await grantRole(grant(w, { role: "COUNCIL_STAFF", provinceId: w.p.id }));
    await grantRole(grant(w, { role: "COUNCIL_STAFF", provinceId: w.q.id }));
    const e = await expectRefused(grantRole(grant(w, { role: "COUNCIL_STAFF", provinceId: "CENTRAL" })), "FORBIDDEN");
    expect(e.message).toBe(`Cấp Trung ương ${OUT}`);
    signInAs(w.users.STAFF_P);
    const up = await expectRefused(grantRole(grant(w, { role: "COUNCIL_STAFF", provinceId: w.r.id })), "FORBIDDEN");
    expect(up.message).toBe(`Hà Nội ${OUT}`);
    signInAs(w.users.ADMIN);
    await grantRole(grant(w, { role: "COUNCIL_STAFF", provinceId: "CENTRAL" }));
    const provinces = (await w.db.roleAssignment.findMany({ where: { userId: w.target.id }, select: { provinceId: true } })).map((g) => g.provinceId);
    expect(provinces.sort()).toEqual([w.p.id, w.q.id, null].sort());
  });

  it("refuses a bloc or an agency outside the caller's scope with a clear message, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const before = await counts();
    expect((await expectRefused(grantRole(grant(w, { role: "OBSERVER", blocId: w.blocB.id })), "FORBIDDEN")).message).toBe(`Khối đã chọn ${OUT}`);
    expect((await expectRefused(grantRole(grant(w, { role: "OBSERVER", blocId: w.blocC.id })), "FORBIDDEN")).message).toBe(`Khối đã chọn ${OUT}`);
    expect((await expectRefused(grantRole(grant(w, { role: "AGENCY_LEADER", agencyId: w.agencyB.id })), "FORBIDDEN")).message).toBe(`Cơ quan đã chọn ${OUT}`);
    expect(await counts()).toEqual(before);
  });

  it("only a system administrator gives ADMIN", async () => {
    const w = await world();
    const central = await w.db.user.create({ data: { email: "tw@dang.vn", name: "Cán bộ Trung ương mới", passwordHash: "x", provinceId: null } });
    for (const [who, userId] of [
      ["STAFF_P", w.target.id],
      ["STAFF_Q", w.target.id],
      ["STAFF_CENTRAL", central.id],
    ] as const) {
      signInAs(w.users[who]);
      const e = await expectRefused(
        grantRole({ userId, role: "ADMIN", blocId: null, agencyId: null, provinceId: null, startsOn: null, endsOn: null }),
        "FORBIDDEN",
      );
      expect(e.message).toBe("Chỉ Quản trị hệ thống được giao hoặc thu hồi vai trò Quản trị hệ thống.");
    }
    signInAs(w.users.ADMIN);
    await grantRole(grant(w, { role: "ADMIN" }));
    expect(await w.db.roleAssignment.count({ where: { userId: w.target.id, role: "ADMIN" } })).toBe(1);
  });

  it("refuses the same grant twice, a missing scope, an unknown bloc and reversed days", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await grantRole(grant(w, { role: "OBSERVER", blocId: w.blocA.id }));
    expect((await expectRefused(grantRole(grant(w, { role: "OBSERVER", blocId: w.blocA.id })), "INVALID_INPUT")).fieldErrors).toEqual({
      role: [`Tài khoản đã có vai trò Người theo dõi (${w.blocA.name}).`],
    });
    expect((await expectRefused(grantRole(grant(w, { role: "SECRETARY" })), "INVALID_INPUT")).fieldErrors).toEqual({
      blocId: ["Vai trò Thư ký khối cần chọn khối."],
    });
    expect((await expectRefused(grantRole(grant(w, { role: "SECRETARY", blocId: "khong-co" })), "INVALID_INPUT")).fieldErrors).toEqual({
      blocId: ["Không tìm thấy khối đã chọn."],
    });
    expect(
      (await expectRefused(grantRole(grant(w, { role: "SECRETARY", blocId: w.blocA.id, startsOn: "2026-02-01", endsOn: "2026-01-31" })), "INVALID_INPUT"))
        .fieldErrors,
    ).toEqual({
      endsOn: ["Ngày kết thúc phải sau hoặc trùng ngày bắt đầu."],
    });
    expect(GrantRoleInputSchema.safeParse({ userId: w.target.id, role: "COUNCIL_STAFF" }).error?.issues.map((i) => i.message)).toEqual([
      "Vui lòng chọn tỉnh, thành phố (hoặc Trung ương).",
    ]);
  });
});

describe("withdrawRole", () => {
  beforeEach(() => signInAs(null));

  it("deletes the grant, audited with its state before and the bloc; the role stops at once", async () => {
    const w = await world();
    const g = await w.db.roleAssignment.findFirstOrThrow({ where: { userId: w.users.SECRETARY } });
    signInAs(w.users.STAFF_P);
    await withdrawRole({ grantId: g.id });
    expect(await w.db.roleAssignment.findUnique({ where: { id: g.id } })).toBeNull();
    const [audit] = await auditOf("RoleAssignment", g.id);
    expect(audit).toMatchObject({
      actorId: w.users.STAFF_P,
      action: "role.withdraw",
      blocId: w.blocA.id,
      after: null,
      before: { userId: w.users.SECRETARY, role: "SECRETARY", scope: w.blocA.name },
    });
    expect((await loadPrincipal(w.users.SECRETARY))?.grants).toEqual([]);
  });

  it("refuses a grant whose scope the caller does not cover, even on an account they manage", async () => {
    const w = await world();
    const outside = await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "OBSERVER", blocId: w.blocB.id } });
    signInAs(w.users.STAFF_P);
    const before = await counts();
    expect((await expectRefused(withdrawRole({ grantId: outside.id }), "FORBIDDEN")).message).toBe(
      "Vai trò này thuộc phạm vi bạn không quản lý: bạn chỉ thu hồi được vai trò trong tỉnh, thành phố của mình.",
    );
    // An account holding ADMIN is the system administrators' alone: not even found.
    const admin = await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "ADMIN" } });
    await expectRefused(withdrawRole({ grantId: admin.id }), "NOT_FOUND");
    await expectRefused(withdrawRole({ grantId: outside.id }), "NOT_FOUND");
    expect(await w.db.roleAssignment.count()).toBe(before.roles + 1);
  });

  it("an unknown or already withdrawn grant is NOT_FOUND", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await expectRefused(withdrawRole({ grantId: "khong-co" }), "NOT_FOUND");
  });
});
