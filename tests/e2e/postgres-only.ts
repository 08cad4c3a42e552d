/**
 * Specs (by name, as in tests/e2e/worlds.ts) that need a Postgres server: two-instances starts a
 * second app server on the e2e database, notifications runs `npm run jobs:run` beside the server,
 * and an embedded PGlite folder opens in one process only.
 * With PGlite, playwright.config.ts leaves them out (scripts/e2e.mjs says so) and
 * build-worlds.ts builds no world for them.
 */
export const POSTGRES_ONLY: readonly string[] = ["two-instances", "notifications"];
