import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { passwordProblems } from "@/lib/domain/password-policy";
import { CreateAccountFormSchema } from "@/lib/schemas/accounts";
import { createAccount } from "@/lib/server/accounts/create-account";
import { findAccounts } from "@/lib/server/accounts/find-accounts";
import { MUST_CHANGE_PASSWORD } from "@/lib/server/auth/temporary-password";
import { requireUser } from "@/lib/server/auth/current-user";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (over: Record<string, string> = {}) =>
  CreateAccountFormSchema.parse({
    name: "Trần Thị Hoa",
    title: "Chuyên viên",
    email: " Hoa.Tran@KonTum.gov.vn ",
    phone: "0912 345 678",
    provinceId: "",
    ...over,
  });

describe("createAccount", () => {
  beforeEach(() => signInAs(null));

  it("creates the account with a temporary password (hash only), mustChangePassword and an audit row without secrets", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const { userId, temporaryPassword } = await createAccount(form({ provinceId: w.p.id, agencyId: w.agencyA.id }));
    const u = await w.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(u).toMatchObject({
      email: "hoa.tran@kontum.gov.vn",
      name: "Trần Thị Hoa",
      title: "Chuyên viên",
      phone: "0912345678",
      agencyId: w.agencyA.id,
      provinceId: w.p.id,
      isActive: true,
      mustChangePassword: true,
    });
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    expect(passwordProblems(temporaryPassword, { email: u.email, name: u.name })).toEqual([]);
    expect(u.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(u.passwordHash, temporaryPassword)).toBe(true);
    const [audit] = await auditOf("User", userId);
    expect(audit).toMatchObject({ actorId: w.users.STAFF_P, action: "account.create", blocId: null, before: null });
    expect(audit!.after).toMatchObject({
      name: "Trần Thị Hoa",
      email: "hoa.tran@kontum.gov.vn",
      agency: w.agencyA.name,
      province: "Kon Tum",
      mustChangePassword: true,
    });
    const json = JSON.stringify(audit);
    expect(json).not.toContain(temporaryPassword);
    expect(json).not.toContain(u.passwordHash);
    expect(json).not.toContain("passwordHash");
  });

  it("draws a different password each time", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const a = await createAccount(form({ provinceId: w.p.id }));
    const b = await createAccount(form({ provinceId: w.p.id, email: "khac@kontum.gov.vn" }));
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
  });

  it("gives the initial role in the same transaction, audited with the bloc", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    const { userId } = await createAccount(
      form({ provinceId: w.p.id, role: "SECRETARY", roleBlocId: w.blocA.id, roleStartsOn: "2026-01-01", roleEndsOn: "2026-12-31" }),
    );
    const [grant] = await w.db.roleAssignment.findMany({ where: { userId } });
    expect(grant).toMatchObject({
      role: "SECRETARY",
      blocId: w.blocA.id,
      startsOn: new Date("2026-01-01T00:00:00Z"),
      endsOn: new Date("2026-12-31T00:00:00Z"),
    });
    const [audit] = await auditOf("RoleAssignment", grant!.id);
    expect(audit).toMatchObject({
      action: "role.assign",
      blocId: w.blocA.id,
      after: { userId, role: "SECRETARY", scope: w.blocA.name, startsOn: "2026-01-01", endsOn: "2026-12-31" },
    });
  });

  it("an agency role is for the account's agency, council staff for its managing province", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const a = await createAccount(form({ provinceId: w.p.id, agencyId: w.agencyA.id, role: "AGENCY_LEADER" }));
    const b = await createAccount(form({ email: "tw@dang.vn", provinceId: "CENTRAL", role: "COUNCIL_STAFF" }));
    expect(await w.db.roleAssignment.findFirst({ where: { userId: a.userId } })).toMatchObject({ role: "AGENCY_LEADER", agencyId: w.agencyA.id });
    expect(await w.db.roleAssignment.findFirst({ where: { userId: b.userId } })).toMatchObject({ role: "COUNCIL_STAFF", provinceId: null });
    expect(await w.db.user.findUniqueOrThrow({ where: { id: b.userId } })).toMatchObject({ provinceId: null });
  });

  it("refuses an e-mail already used, whatever its case, as a field error, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const before = await counts();
    const e = await expectRefused(createAccount(form({ provinceId: w.p.id, email: w.target.email.toUpperCase() })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ email: [`Email ${w.target.email} đã được dùng cho tài khoản khác.`] });
    expect(await counts()).toEqual(before);
  });

  it("refuses an agency, a bloc role or a province outside the caller's scope, writing nothing", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const before = await counts();
    const agency = await expectRefused(createAccount(form({ provinceId: w.p.id, agencyId: w.agencyB.id })), "INVALID_INPUT");
    expect(agency.fieldErrors).toEqual({ agencyId: ["Cơ quan đã chọn không thuộc phạm vi bạn quản lý."] });
    const bloc = await expectRefused(createAccount(form({ provinceId: w.p.id, role: "CHAIR", roleBlocId: w.blocB.id })), "FORBIDDEN");
    expect(bloc.message).toBe("Khối đã chọn không thuộc phạm vi bạn quản lý: bạn chỉ giao, thu hồi được vai trò trong tỉnh, thành phố của mình.");
    const admin = await expectRefused(createAccount(form({ provinceId: w.p.id, role: "ADMIN" })), "FORBIDDEN");
    expect(admin.message).toBe("Chỉ Quản trị hệ thống được giao hoặc thu hồi vai trò Quản trị hệ thống.");
    const central = await expectRefused(createAccount(form({ provinceId: "CENTRAL" })), "FORBIDDEN");
    expect(central.message).toBe("Bạn chỉ quản lý được tài khoản thuộc phạm vi tỉnh, thành phố của mình.");
    expect(await counts()).toEqual(before);
  });

  it("refuses malformed input with Vietnamese field messages", async () => {
    const parsed = CreateAccountFormSchema.safeParse({ name: " ", email: "khong-phai-email", phone: "123", provinceId: "", role: "SECRETARY" });
    expect(parsed.success).toBe(false);
    const messages = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({
      name: "Vui lòng nhập họ và tên.",
      email: "Email không hợp lệ.",
      phone: "Số điện thoại không hợp lệ (ví dụ 0912 345 678, 0260 3862 123 hoặc +84 912 345 678).",
      provinceId: "Vui lòng chọn tỉnh, thành phố quản lý (hoặc Trung ương).",
    });
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(createAccount(form({ provinceId: w.p.id, role: "SECRETARY" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ roleBlocId: ["Vai trò Thư ký khối cần chọn khối."] });
  });

  it("the new account, still on its temporary password, is refused by requireUser until it changes it", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const { userId } = await createAccount(form({ provinceId: w.p.id, role: "COUNCIL_STAFF" }));
    signInAs(userId);
    const e = await expectRefused(requireUser(), "FORBIDDEN");
    expect(e.message).toBe(MUST_CHANGE_PASSWORD);
    await expectRefused(findAccounts(), "FORBIDDEN");
    await w.db.user.update({ where: { id: userId }, data: { mustChangePassword: false } });
    expect((await findAccounts()).rows.some((r) => r.id === w.target.id)).toBe(true);
  });

  it("two staff creating the same e-mail at once leave one account", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const results = await Promise.allSettled([createAccount(form({ provinceId: w.p.id })), createAccount(form({ provinceId: w.p.id, name: "Người thứ hai" }))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as { fieldErrors?: unknown }).fieldErrors).toEqual({ email: ["Email hoa.tran@kontum.gov.vn đã được dùng cho tài khoản khác."] });
    expect(await w.db.user.count({ where: { email: "hoa.tran@kontum.gov.vn" } })).toBe(1);
  });
});
