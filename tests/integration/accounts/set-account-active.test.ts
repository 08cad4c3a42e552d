import { beforeEach, describe, expect, it, vi } from "vitest";
import { setAccountActive } from "@/lib/server/accounts/set-account-active";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { openSession } from "@/lib/server/auth/sessions";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("setAccountActive", () => {
  beforeEach(() => signInAs(null));

  it("deactivating refuses the user at their next request and revokes every session, audited", async () => {
    const w = await world();
    const [s1, s2] = [await openSession(w.users.SECRETARY, "Firefox"), await openSession(w.users.SECRETARY, "Điện thoại")];
    expect(await loadPrincipal(w.users.SECRETARY, s1)).not.toBeNull();
    signInAs(w.users.STAFF_P);
    await setAccountActive({ userId: w.users.SECRETARY, active: false });
    expect(await loadPrincipal(w.users.SECRETARY, s1)).toBeNull();
    expect(await loadPrincipal(w.users.SECRETARY)).toBeNull();
    const sessions = await w.db.userSession.findMany({ where: { id: { in: [s1, s2] } } });
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    const [audit] = await auditOf("User", w.users.SECRETARY);
    expect(audit).toMatchObject({
      actorId: w.users.STAFF_P,
      action: "account.deactivate",
      blocId: null,
      before: { isActive: true },
      after: { isActive: false, revokedSessions: 2 },
    });
    // The signed-in stub reads the same principal: the user is signed out.
    signInAs(w.users.SECRETARY, s1);
    await expectRefused(setAccountActive({ userId: w.target.id, active: false }), "UNAUTHENTICATED");
  });

  it("reactivating lets the user sign in again (old sessions stay revoked), audited; repeating changes nothing", async () => {
    const w = await world();
    const s1 = await openSession(w.target.id);
    signInAs(w.users.ADMIN);
    await setAccountActive({ userId: w.target.id, active: false });
    await setAccountActive({ userId: w.target.id, active: false });
    await setAccountActive({ userId: w.target.id, active: true });
    expect(await loadPrincipal(w.target.id)).not.toBeNull();
    expect(await loadPrincipal(w.target.id, s1)).toBeNull();
    expect((await auditOf("User", w.target.id)).map((a) => a.action)).toEqual(["account.deactivate", "account.reactivate"]);
  });
});
