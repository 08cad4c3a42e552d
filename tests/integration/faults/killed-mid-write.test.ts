import { afterEach, describe, expect, it, vi } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/domain/request-refusals";
import { runAction } from "@/lib/server/run-action";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";
import { draftInput, world } from "../pledges/world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { NEEDS_POSTGRES, onPostgres, pledgeFootprint } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The connection is ended by the server in the middle of a multi-step write:
 * a trigger on the audit table terminates its own backend after the pledge
 * and its commitments were inserted and before the audit row is. Nothing of
 * the half-done write may remain, the user reads the outage message, and the
 * next save works in the same process. Done more times than the pool has
 * connections: a connection lost mid-transaction must not stay "busy".
 */
const KILL_ON_AUDIT = [
  `CREATE OR REPLACE FUNCTION fault_kill_on_audit() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$`,
  `CREATE TRIGGER fault_kill_on_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION fault_kill_on_audit()`,
];
const REMOVE = [`DROP TRIGGER IF EXISTS fault_kill_on_audit ON "AuditLog"`, `DROP FUNCTION IF EXISTS fault_kill_on_audit()`];
const run = async (statements: string[]) => {
  for (const sql of statements) await testDb().$executeRawUnsafe(sql);
};
const POOL_SIZE = 10; // lib/db/client.ts

describe.skipIf(!onPostgres())(`a connection ended mid-write (${NEEDS_POSTGRES})`, () => {
  afterEach(() => run(REMOVE));

  it("leaves no half pledge and no change without its audit row, says so, and the next save works", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await run(KILL_ON_AUDIT);

    for (let attempt = 0; attempt <= POOL_SIZE; attempt++) {
      const state = await runAction(() => savePledgeDraft(draftInput(w)), { success: "Đã lưu dự thảo giao ước." });
      expect(state).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: undefined });
      expect(await pledgeFootprint()).toEqual({ pledges: 0, commitments: 0, audits: 0 });
    }

    await run(REMOVE);
    const saved = await Promise.race([
      runAction(() => savePledgeDraft(draftInput(w)), { success: "Đã lưu dự thảo giao ước." }),
      new Promise((resolve) => setTimeout(() => resolve("no connection left in the pool"), 5000)),
    ]);
    expect(saved).toEqual({ ok: true, message: "Đã lưu dự thảo giao ước." });
    expect(await pledgeFootprint()).toEqual({ pledges: 1, commitments: 2, audits: 1 });
  });
});
