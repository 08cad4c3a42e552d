/**
 * npm run bench:overview — the council overview benchmark (docs/benchmarks/overview.md).
 * Flags: --provinces N --blocs N --agencies N (defaults 3 × 25 × 12), --runs N, --keep (reuse the
 * data set of an earlier run), --clean (drop the bench database and exit).
 * This file only registers the `server-only` resolve hook, then loads the benchmark.
 */
import { register } from "node:module";

register("./bench/server-only-hook.mjs", import.meta.url);
const { main } = await import("./bench/overview-run");
process.exitCode = await main(process.argv.slice(2));
