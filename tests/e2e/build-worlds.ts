// `tsx tests/e2e/build-worlds.ts <file>`: builds one fresh world per spec (tests/e2e/worlds.ts)
// and writes them to <file> as JSON. scripts/e2e.mjs runs it before each start of the server
// when the e2e database is an embedded PGlite folder, which only one process may open: the specs
// then read their world from the file (E2E_WORLDS_FILE) instead of building it themselves.
import fs from "node:fs";
import path from "node:path";
import { createPrisma } from "../../lib/db/client";
import { POSTGRES_ONLY } from "./postgres-only";
import { WORLDS } from "./worlds";

const file = process.argv[2];
if (!file) {
  console.error("Cách dùng: tsx tests/e2e/build-worlds.ts <tệp .json>");
  process.exit(2);
}
const { db, close } = createPrisma();
try {
  const built: Record<string, unknown> = {};
  for (const [name, build] of Object.entries(WORLDS)) {
    if (!POSTGRES_ONLY.includes(name)) built[name] = await build(db);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(built, null, 2));
  console.log(`  ${Object.keys(built).length} bộ dữ liệu → ${file}`);
} finally {
  await close();
}
