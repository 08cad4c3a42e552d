import { resolveDatabaseTarget } from "@/lib/db/target";
import { testDb } from "../setup/db";

/**
 * The fault tests need a Postgres server: they end backends and cut
 * connections, which embedded PGlite (one in-process connection) does not
 * have. `npm test` on a machine without DATABASE_URL runs integration on
 * PGlite and reports these as skipped, saying why; CI points them at Postgres.
 */
export const onPostgres = () => resolveDatabaseTarget().kind === "postgres";
export const NEEDS_POSTGRES = "needs a Postgres server (DATABASE_URL): PGlite has no backends to end";

/** Rows that a pledge save writes: the pledge, its commitments, its audit. */
export async function pledgeFootprint() {
  const db = testDb();
  const [pledges, commitments, audits] = [await db.pledge.count(), await db.pledgeCommitment.count(), await db.auditLog.count({ where: { entity: "Pledge" } })];
  return { pledges, commitments, audits };
}
