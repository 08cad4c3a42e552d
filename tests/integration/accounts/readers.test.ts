import { beforeEach, describe, expect, it, vi } from "vitest";
import { AccountFilterSchema, CreateAccountFormSchema } from "@/lib/schemas/accounts";
import { createAccount } from "@/lib/server/accounts/create-account";
import { findAccountChoices } from "@/lib/server/accounts/find-account-choices";
import { findAccounts } from "@/lib/server/accounts/find-accounts";
import { getAccount } from "@/lib/server/accounts/get-account";
import { grantRole } from "@/lib/server/accounts/grant-role";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { updateAccount } from "@/lib/server/accounts/update-account";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import { makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const filter = (over: Record<string, string> = {}) => AccountFilterSchema.parse(over);

describe("findAccounts", () => {
  beforeEach(() => signInAs(null));

  it("lists the managed accounts in Vietnamese order with agency, roles and state", async () => {
    const w = await world();
    await makeUser(w.db, { name: "Đặng Văn Ân", provinceId: w.p.id, isActive: false });
    await makeUser(w.db, { name: "Bùi Thị Bé", provinceId: w.p.id, mustChangePassword: true });
    await makeUser(w.db, { name: "Ân ở Hà Nội", provinceId: w.r.id });
    signInAs(w.users.STAFF_P);
    const { rows, truncated } = await findAccounts();
    expect(truncated).toBe(false);
    const names = rows.map((r) => r.name);
    expect(names).not.toContain("Ân ở Hà Nội");
    // "Đ" sorts after "D" and before "E" in Vietnamese, not after "Z".
    expect(names.indexOf("Bùi Thị Bé")).toBeLessThan(names.indexOf("Đặng Văn Ân"));
    expect(names.indexOf("Đặng Văn Ân")).toBeLessThan(names.indexOf("Nguyễn Văn Đích"));
    expect(names.indexOf("Cán bộ Kon Tum")).toBeLessThan(names.indexOf("Đặng Văn Ân"));
    const chair = rows.find((r) => r.id === w.users.CHAIR)!;
    expect(chair).toMatchObject({ province: "Kon Tum", isActive: true, mustChangePassword: false });
    expect(chair.roles).toEqual([expect.objectContaining({ role: "CHAIR", scope: w.blocA.name, inForce: true })]);
    expect(rows.find((r) => r.name === "Bùi Thị Bé")).toMatchObject({ mustChangePassword: true });
    expect(rows.find((r) => r.name === "Đặng Văn Ân")).toMatchObject({ isActive: false });
    expect(rows.find((r) => r.id === w.target.id)).toMatchObject({ agency: w.agencyA.name, title: "Chuyên viên", roles: [] });
  });

  it("filters by name or e-mail, by role and by active state", async () => {
    const w = await world();
    await makeUser(w.db, { name: "Đặng Văn Ân", provinceId: w.p.id, isActive: false, email: "an.dang@kontum.gov.vn" });
    signInAs(w.users.ADMIN);
    expect((await findAccounts(filter({ q: "đặng" }))).rows.map((r) => r.name)).toEqual(["Đặng Văn Ân"]);
    expect((await findAccounts(filter({ q: "AN.DANG@" }))).rows.map((r) => r.name)).toEqual(["Đặng Văn Ân"]);
    expect((await findAccounts(filter({ role: "CHAIR" }))).rows.map((r) => r.id)).toEqual([w.users.CHAIR]);
    expect((await findAccounts(filter({ active: "0" }))).rows.map((r) => r.name)).toEqual(["Đặng Văn Ân"]);
    expect((await findAccounts(filter({ active: "1", role: "COUNCIL_STAFF" }))).rows).toHaveLength(4);
    expect((await findAccounts(filter({ q: "không có ai" }))).rows).toEqual([]);
    // Unknown filter values in the address are ignored, not errors.
    expect(filter({ role: "GIAM_DOC", active: "x" })).toEqual({ q: null, role: null, active: null });
  });
});

describe("findAccountChoices", () => {
  it("offers the caller's provinces (merged ones last, said so) and the central level only to those who manage it", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    const q = await findAccountChoices();
    expect(q.provinces).toEqual([
      { id: w.q.id, name: "Quảng Ngãi" },
      { id: w.p.id, name: "Kon Tum (đã hợp nhất vào Quảng Ngãi)" },
    ]);
    expect(q.central).toBe(false);
    signInAs(w.users.STAFF_CENTRAL);
    expect(await findAccountChoices()).toMatchObject({ provinces: [], central: true, isAdmin: false });
    signInAs(w.users.ADMIN);
    expect(await findAccountChoices()).toMatchObject({ central: true, isAdmin: true });
  });
});

describe("getAccount", () => {
  beforeEach(() => signInAs(null));

  it("shows the account, its roles with what the caller may withdraw, and its own history newest first", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const { userId } = await createAccount(
      CreateAccountFormSchema.parse({ name: "Hồ Thị Lịch", email: "lich@kontum.gov.vn", provinceId: w.p.id, role: "OBSERVER", roleBlocId: w.blocA.id }),
    );
    const account = await getAccount(userId);
    await updateAccount({ userId, updatedAt: account.updatedAt, name: "Hồ Thị Lịch Sử", title: null, agencyId: null, phone: "0912345678", provinceId: w.p.id });
    const { grantId } = await grantRole({
      userId,
      role: "AGENCY_OFFICER",
      blocId: null,
      agencyId: w.agencyA.id,
      provinceId: null,
      startsOn: null,
      endsOn: null,
    });
    await withdrawRole({ grantId });
    await setAccountActive({ userId, active: false });
    // A grant outside P, given by the administrator: listed, but not for STAFF_P to withdraw.
    await w.db.roleAssignment.create({ data: { userId, role: "OBSERVER", blocId: w.blocB.id } });
    const other = await makeUser(w.db, { provinceId: w.p.id });
    await w.db.auditLog.create({ data: { action: "account.update", entity: "User", entityId: other.id } });

    const detail = await getAccount(userId);
    expect(detail).toMatchObject({
      name: "Hồ Thị Lịch Sử",
      phone: "0912345678",
      province: "Kon Tum",
      isActive: false,
      mustChangePassword: true,
      isSelf: false,
    });
    expect(detail.roles.map((g) => [g.role, g.scope, g.canWithdraw])).toEqual(
      [
        ["OBSERVER", w.blocB.name, false],
        ["OBSERVER", w.blocA.name, true],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]), "vi")),
    );
    expect(detail.history.map((h) => h.action)).toEqual([
      "account.deactivate",
      "role.withdraw",
      "role.assign",
      "account.update",
      "role.assign",
      "account.create",
    ]);
    expect(detail.history.every((h) => h.actorName === "Cán bộ Kon Tum")).toBe(true);
    expect(detail.history[1]).toMatchObject({ subject: { roleLabel: "Cán bộ thi đua", scope: w.agencyA.name } });
    const update = detail.history.find((h) => h.action === "account.update")!;
    expect(update.changes.map((c) => [c.path, c.before, c.after])).toEqual([
      ["name", "Hồ Thị Lịch", "Hồ Thị Lịch Sử"],
      ["phone", null, "0912345678"],
    ]);
  });
});
