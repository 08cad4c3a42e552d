import { afterAll, beforeEach, inject } from "vitest";
import { closeDb } from "@/lib/db/client";
import { resetDb } from "./db";

// Point this worker at the database global-setup.ts prepared. The client is
// created lazily by getDb(), so setting the env here is early enough.
Object.assign(process.env, inject("integrationDbEnv"));

beforeEach(resetDb);

// Closing matters for PGlite: an unclosed folder may not open again.
afterAll(closeDb);
