import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { closeDb } from "@/lib/db/client";
import { resetDb } from "./db";
import { installPgConcurrencyGuard, takePgOverlaps } from "./pg-concurrency-guard";

// Point this worker at its own copy of the database global-setup.ts prepared (files of one
// worker take turns on it; other workers have theirs). The client is created lazily by getDb(),
// so setting the env here is early enough.
const copies = inject("integrationDbEnvs");
const worker = Number(process.env.VITEST_POOL_ID ?? "1");
if (!copies[worker - 1]) throw new Error(`Integration worker ${worker} has no database: global-setup.ts made ${copies.length}`);
Object.assign(process.env, copies[worker - 1]);

installPgConcurrencyGuard();
beforeEach(async () => {
  await resetDb();
  takePgOverlaps();
});
// A transaction holds one connection: its queries must run one after the other (no Promise.all on `tx`).
afterEach(() => {
  const overlaps = takePgOverlaps();
  if (overlaps.length > 0) throw new Error(`Concurrent queries on one connection (a Promise.all over a transaction client?):\n${overlaps.join("\n")}`);
});

// Closing matters for PGlite: an unclosed folder may not open again.
afterAll(closeDb);
