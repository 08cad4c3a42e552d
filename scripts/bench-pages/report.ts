/**
 * The pure part of `npm run bench:pages` (docs/benchmarks/pages.md): which targets a measured
 * page misses, and the table it is printed in.
 */

export interface Measured {
  label: string;
  /** Average requests per second over the measured run. */
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and responses other than 2xx. */
  errors: number;
  /** Size of one response body (uncompressed HTML), bytes. */
  htmlBytes: number;
  /** The server's CPU time per request during the measured run (ms); NaN when not measured. */
  cpuMsPerRequest: number;
}

export interface Targets {
  /** The page's req/s at least this share of the bare page's. */
  minRatio: number;
  /** p99 under this (ms), when set. */
  maxP99Ms: number | null;
  /** p99 at most this many times p50. */
  maxP99OverP50: number;
  /** HTML under this many bytes, when set. */
  maxHtmlBytes: number | null;
}

/** The seeded demo data. */
export const DEMO_TARGETS: Targets = { minRatio: 0.5, maxP99Ms: null, maxP99OverP50: 4, maxHtmlBytes: null };
/** A full-size bloc of the national data set (12 agencies × 60 criteria). */
export const FULL_TARGETS: Targets = { minRatio: 0.25, maxP99Ms: 1000, maxP99OverP50: 4, maxHtmlBytes: 150_000 };

export interface Verdict {
  ratio: number;
  /** One short reason per missed target; empty when every target is met. */
  misses: string[];
}

const kB = (bytes: number) => bytes / 1000;

/**
 * The bare page's throughput the pages are compared with: the mean of its runs (before and after
 * the data set's pages, so that a change in the machine's load during the pages shows in both).
 */
export function yardstick(bare: readonly Measured[]): number {
  return bare.length ? bare.reduce((s, m) => s + m.reqPerSec, 0) / bare.length : 0;
}

export function evaluate(page: Measured, bareReqPerSec: number, t: Targets): Verdict {
  const ratio = bareReqPerSec > 0 ? page.reqPerSec / bareReqPerSec : 0;
  const misses: string[] = [];
  if (!(ratio >= t.minRatio)) misses.push(`req/s < ${t.minRatio}× bare`);
  if (t.maxP99Ms !== null && !(page.p99Ms < t.maxP99Ms)) misses.push(`p99 ≥ ${t.maxP99Ms} ms`);
  if (!(page.p99Ms <= t.maxP99OverP50 * page.p50Ms)) misses.push(`p99 > ${t.maxP99OverP50}× p50`);
  if (page.errors > 0) misses.push("errors");
  if (t.maxHtmlBytes !== null && !(page.htmlBytes < t.maxHtmlBytes)) misses.push(`HTML ≥ ${kB(t.maxHtmlBytes)} kB`);
  return { ratio, misses };
}

export function describeTargets(t: Targets): string {
  const parts = [`req/s ≥ ${t.minRatio}× bare`];
  if (t.maxP99Ms !== null) parts.push(`p99 < ${t.maxP99Ms} ms`);
  parts.push(`p99 ≤ ${t.maxP99OverP50}× p50`, "no errors");
  if (t.maxHtmlBytes !== null) parts.push(`HTML < ${kB(t.maxHtmlBytes)} kB`);
  return parts.join(", ");
}

const num = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "—");

/**
 * A Markdown table (readable as plain text too): the bare page's runs first, each with its share
 * of the yardstick, then each page with its ratio to the yardstick and PASS, or FAIL with the
 * targets it missed.
 */
export function formatTable(bare: readonly Measured[], pages: readonly Measured[], t: Targets): string {
  const base = yardstick(bare);
  const header = ["page", "req/s", "p50 ms", "p99 ms", "errors", "HTML kB", "CPU ms/req", "× bare", "result"];
  const row = (m: Measured, ratio: string, result: string) => [
    m.label,
    num(m.reqPerSec, 1),
    num(m.p50Ms, 0),
    num(m.p99Ms, 0),
    String(m.errors),
    num(kB(m.htmlBytes), 1),
    num(m.cpuMsPerRequest, 1),
    ratio,
    result,
  ];
  const rows = [
    ...bare.map((m) => row(m, num(base > 0 ? m.reqPerSec / base : NaN, 2), "(yardstick: mean req/s of these)")),
    ...pages.map((m) => {
      const v = evaluate(m, base, t);
      return row(m, num(v.ratio, 2), v.misses.length ? `FAIL: ${v.misses.join("; ")}` : "PASS");
    }),
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Whether every page meets every target. */
export function allPass(bare: readonly Measured[], pages: readonly Measured[], t: Targets): boolean {
  const base = yardstick(bare);
  return pages.every((m) => evaluate(m, base, t).misses.length === 0);
}
