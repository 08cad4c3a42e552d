import { beforeEach, describe, expect, it, vi } from "vitest";
import { findOwnSessions } from "@/lib/server/accounts/find-own-sessions";
import { signOutOtherSessions } from "@/lib/server/accounts/sign-out-other-sessions";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { makeAccount, openSessionRow } from "./world";

vi.hoisted(() => {
  // The session list reads the session's maximum age from the next-auth options.
  process.env.NEXTAUTH_SECRET ??= "x".repeat(48);
});
vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const NOW = new Date("2026-11-22T09:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

async function world() {
  const db = testDb();
  const account = await makeAccount(db);
  const here = await openSessionRow(db, account.id, undefined, hoursAgo(1));
  const phone = await openSessionRow(db, account.id, IPHONE, hoursAgo(2));
  const expired = await openSessionRow(db, account.id, IPHONE, hoursAgo(9));
  const revoked = await db.userSession.create({ data: { userId: account.id, createdAt: hoursAgo(3), revokedAt: hoursAgo(2) } });
  const someoneElse = await makeAccount(db);
  const theirs = await openSessionRow(db, someoneElse.id, undefined, hoursAgo(1));
  signInAs(account.id, here.id);
  return { db, account, here, phone, expired, revoked, theirs };
}

describe("own sessions", () => {
  beforeEach(() => signInAs(null));

  it("lists the live sessions, this one first and marked, with the browser", async () => {
    const w = await world();
    expect(await findOwnSessions(NOW)).toEqual([
      { id: w.here.id, startedAt: hoursAgo(1), browser: "Chrome trên Windows", current: true },
      { id: w.phone.id, startedAt: hoursAgo(2), browser: "Safari trên iOS", current: false },
    ]);
  });

  it("signs out every other session, audited; their next request is refused, this one goes on", async () => {
    const w = await world();
    expect(await loadPrincipal(w.account.id, w.phone.id)).not.toBeNull();
    await expect(signOutOtherSessions(NOW)).resolves.toEqual({ signedOut: 2 });
    expect(await loadPrincipal(w.account.id, w.phone.id)).toBeNull();
    expect(await loadPrincipal(w.account.id, w.expired.id)).toBeNull();
    expect(await loadPrincipal(w.account.id, w.here.id)).toMatchObject({ userId: w.account.id, sessionId: w.here.id });
    // Another user's session and an earlier revocation are untouched.
    expect((await w.db.userSession.findUniqueOrThrow({ where: { id: w.theirs.id } })).revokedAt).toBeNull();
    expect((await w.db.userSession.findUniqueOrThrow({ where: { id: w.revoked.id } })).revokedAt).toEqual(hoursAgo(2));
    expect(await findOwnSessions(NOW)).toEqual([expect.objectContaining({ id: w.here.id, current: true })]);
    const [row] = await auditRows(w.db, "User", w.account.id);
    expect(row).toMatchObject({ actorId: w.account.id, action: "account.sign-out-others", after: { sessionsSignedOut: 2 } });
  });

  it("refuses a signed-out visitor and a revoked session", async () => {
    await expectRefused(signOutOtherSessions(NOW), "UNAUTHENTICATED");
    const w = await world();
    signInAs(w.account.id, w.revoked.id);
    await expectRefused(findOwnSessions(NOW), "UNAUTHENTICATED");
    await expectRefused(signOutOtherSessions(NOW), "UNAUTHENTICATED");
    expect((await w.db.userSession.findUniqueOrThrow({ where: { id: w.phone.id } })).revokedAt).toBeNull();
  });
});
