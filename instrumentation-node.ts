import { resolveDatabaseTarget } from "./lib/db/target";
import { appEnv } from "./lib/env";

try {
  appEnv();
  resolveDatabaseTarget();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
