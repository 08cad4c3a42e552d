import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { closeDb } from "@/lib/db/client";
import { resetDb } from "./db";
import { installPgConcurrencyGuard, takePgOverlaps } from "./pg-concurrency-guard";

// Point this worker at the database global-setup.ts prepared. The client is
// created lazily by getDb(), so setting the env here is early enough.
Object.assign(process.env, inject("integrationDbEnv"));

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
