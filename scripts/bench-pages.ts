/**
 * npm run bench:pages — page throughput side by side with a bare Next page
 * (docs/benchmarks/pages.md). Flags: --quick (short runs, 2 provinces), --provinces N,
 * --seconds N. Env: DATABASE_URL (Postgres, required), BENCH_PORT (3200; the bare page on the
 * next port), BENCH_SKIP_BUILD=1|auto, BENCH_KEEP_DATABASE=1.
 */
import { main } from "./bench-pages/run";

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`✖ bench:pages: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 2;
}
