import { beforeEach, describe, expect, it, vi } from "vitest";
import { LAST_ADMIN_MESSAGE, lastChairMessage } from "@/lib/domain/account-rules";
import { findAccounts } from "@/lib/server/accounts/find-accounts";
import { getAccount } from "@/lib/server/accounts/get-account";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { withdrawRole } from "@/lib/server/accounts/withdraw-role";
import { makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { counts, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const grantOf = (w: World, userId: string, role: "ADMIN" | "CHAIR") => w.db.roleAssignment.findFirstOrThrow({ where: { userId, role } });

/** A second system administrator, managed at the central level. */
async function secondAdmin(w: World) {
  const u = await makeUser(w.db, { name: "Quản trị viên thứ hai" });
  const g = await w.db.roleAssignment.create({ data: { userId: u.id, role: "ADMIN" } });
  return { userId: u.id, grantId: g.id };
}

describe("the last active system administrator", () => {
  beforeEach(() => signInAs(null));

  it("cannot lose the last ADMIN grant, even by their own hand", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const g = await grantOf(w, w.users.ADMIN, "ADMIN");
    const before = await counts();
    expect((await expectRefused(withdrawRole({ grantId: g.id }), "CONFLICT")).message).toBe(LAST_ADMIN_MESSAGE);
    expect(await counts()).toEqual(before);
  });

  it("an ADMIN grant that has ended or an inactive admin does not count as another", async () => {
    const w = await world();
    const ended = await makeUser(w.db);
    await w.db.roleAssignment.create({ data: { userId: ended.id, role: "ADMIN", endsOn: new Date("2020-12-31T00:00:00Z") } });
    const inactive = await makeUser(w.db, { isActive: false });
    await w.db.roleAssignment.create({ data: { userId: inactive.id, role: "ADMIN" } });
    signInAs(w.users.ADMIN);
    await expectRefused(withdrawRole({ grantId: (await grantOf(w, w.users.ADMIN, "ADMIN")).id }), "CONFLICT");
  });

  it("with a second admin, one grant may go; then the other is the last", async () => {
    const w = await world();
    const other = await secondAdmin(w);
    signInAs(w.users.ADMIN);
    await withdrawRole({ grantId: other.grantId });
    await expectRefused(withdrawRole({ grantId: (await grantOf(w, w.users.ADMIN, "ADMIN")).id }), "CONFLICT");
  });

  it("the last active admin cannot be deactivated (and nobody deactivates themselves)", async () => {
    const w = await world();
    const other = await secondAdmin(w);
    signInAs(w.users.ADMIN);
    expect((await expectRefused(setAccountActive({ userId: w.users.ADMIN, active: false }), "INVALID_INPUT")).message).toBe(
      "Bạn không thể cho tài khoản của chính mình ngừng hoạt động: hãy nhờ một cán bộ quản trị khác.",
    );
    await setAccountActive({ userId: other.userId, active: false });
    // The only other admin is now inactive: withdrawing this one's grant would leave none.
    expect((await expectRefused(withdrawRole({ grantId: (await grantOf(w, w.users.ADMIN, "ADMIN")).id }), "CONFLICT")).message).toBe(LAST_ADMIN_MESSAGE);
    signInAs(other.userId);
    await w.db.user.update({ where: { id: other.userId }, data: { isActive: true } });
    await w.db.user.update({ where: { id: w.users.ADMIN }, data: { isActive: true } });
    await w.db.roleAssignment.delete({ where: { id: other.grantId } });
    // Signed in as a former admin, now without ADMIN: they may not touch the admin's account at all.
    await expectRefused(setAccountActive({ userId: w.users.ADMIN, active: false }), "NOT_FOUND");
  });

  it("council staff do not manage a system administrator's account, even at its managing level", async () => {
    const w = await world();
    await secondAdmin(w);
    const before = await counts();
    signInAs(w.users.STAFF_CENTRAL);
    await expectRefused(setAccountActive({ userId: w.users.ADMIN, active: false }), "NOT_FOUND");
    await expectRefused(getAccount(w.users.ADMIN), "NOT_FOUND");
    expect((await findAccounts()).rows.some((r) => r.id === w.users.ADMIN)).toBe(false);
    // An account of P that is given ADMIN leaves P's staff's hands.
    await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "ADMIN" } });
    signInAs(w.users.STAFF_P);
    await expectRefused(setAccountActive({ userId: w.target.id, active: false }), "NOT_FOUND");
    expect(await counts()).toEqual({ ...before, roles: before.roles + 1 });
  });

  it("race: withdrawing one admin's grant while deactivating the other leaves one active admin", async () => {
    const w = await world();
    const other = await secondAdmin(w);
    signInAs(w.users.ADMIN);
    const mine = await grantOf(w, w.users.ADMIN, "ADMIN");
    const results = await Promise.allSettled([withdrawRole({ grantId: mine.id }), setAccountActive({ userId: other.userId, active: false })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: LAST_ADMIN_MESSAGE });
    const active = await w.db.roleAssignment.count({ where: { role: "ADMIN", user: { isActive: true } } });
    expect(active).toBe(1);
  });

  it("race: two admins' grants withdrawn at once leave one", async () => {
    const w = await world();
    const other = await secondAdmin(w);
    signInAs(w.users.ADMIN);
    const mine = await grantOf(w, w.users.ADMIN, "ADMIN");
    const results = await Promise.allSettled([withdrawRole({ grantId: mine.id }), withdrawRole({ grantId: other.grantId })]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await w.db.roleAssignment.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("a bloc's last Trưởng khối", () => {
  beforeEach(() => signInAs(null));

  it("cannot be withdrawn; with a second chair one may go", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const chair = await grantOf(w, w.users.CHAIR, "CHAIR");
    const before = await counts();
    const e = await expectRefused(withdrawRole({ grantId: chair.id }), "CONFLICT");
    expect(e.message).toBe(lastChairMessage(w.blocA.name));
    expect(e.message).toBe(`Khối ${w.blocA.name} phải luôn có ít nhất một Trưởng khối: hãy giao vai trò cho người khác trước.`);
    expect(await counts()).toEqual(before);
    await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "CHAIR", blocId: w.blocA.id } });
    await withdrawRole({ grantId: chair.id });
  });

  it("the only active chair cannot be deactivated; an inactive second chair does not count", async () => {
    const w = await world();
    const inactive = await makeUser(w.db, { isActive: false, provinceId: w.p.id });
    await w.db.roleAssignment.create({ data: { userId: inactive.id, role: "CHAIR", blocId: w.blocA.id } });
    signInAs(w.users.STAFF_Q);
    const before = await counts();
    expect((await expectRefused(setAccountActive({ userId: w.users.CHAIR, active: false }), "CONFLICT")).message).toBe(lastChairMessage(w.blocA.name));
    expect(await counts()).toEqual(before);
    await setAccountActive({ userId: inactive.id, active: true });
    await setAccountActive({ userId: w.users.CHAIR, active: false });
  });

  it("a chair of another bloc does not count, a bloc without a chair in force does not block", async () => {
    const w = await world();
    await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "CHAIR", blocId: w.blocB.id } });
    const future = await w.db.roleAssignment.create({
      data: { userId: w.target.id, role: "CHAIR", blocId: w.blocC.id, startsOn: new Date("2999-01-01T00:00:00Z") },
    });
    signInAs(w.users.ADMIN);
    await expectRefused(withdrawRole({ grantId: (await grantOf(w, w.users.CHAIR, "CHAIR")).id }), "CONFLICT");
    await withdrawRole({ grantId: future.id });
  });

  it("race: two staff withdrawing the bloc's two chairs at once leave one", async () => {
    const w = await world();
    const second = await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "CHAIR", blocId: w.blocA.id } });
    const first = await grantOf(w, w.users.CHAIR, "CHAIR");
    signInAs(w.users.STAFF_P);
    const results = await Promise.allSettled([withdrawRole({ grantId: first.id }), withdrawRole({ grantId: second.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "CONFLICT",
      message: lastChairMessage(w.blocA.name),
    });
    expect(await w.db.roleAssignment.count({ where: { role: "CHAIR", blocId: w.blocA.id } })).toBe(1);
  });

  it("race: deactivating one chair while withdrawing the other's grant leaves an active chair", async () => {
    const w = await world();
    await w.db.roleAssignment.create({ data: { userId: w.target.id, role: "CHAIR", blocId: w.blocA.id } });
    const first = await grantOf(w, w.users.CHAIR, "CHAIR");
    signInAs(w.users.STAFF_P);
    const results = await Promise.allSettled([withdrawRole({ grantId: first.id }), setAccountActive({ userId: w.target.id, active: false })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const activeChairs = await w.db.roleAssignment.count({ where: { role: "CHAIR", blocId: w.blocA.id, user: { isActive: true } } });
    expect(activeChairs).toBe(1);
  });
});
