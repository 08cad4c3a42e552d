import { describe, expect, it } from "vitest";
import { allPass, DEMO_TARGETS, evaluate, formatTable, FULL_TARGETS, yardstick, type Measured } from "./report";

const bare: Measured = { label: "bare, before", reqPerSec: 300, p50Ms: 60, p99Ms: 120, errors: 0, htmlBytes: 2_000, cpuMsPerRequest: 4 };
const page = (over: Partial<Measured>): Measured => ({
  label: "page",
  reqPerSec: 200,
  p50Ms: 90,
  p99Ms: 200,
  errors: 0,
  htmlBytes: 40_000,
  cpuMsPerRequest: 20,
  ...over,
});

describe("evaluate", () => {
  it("passes a page at half the bare page's throughput on the demo data", () => {
    expect(evaluate(page({ reqPerSec: 150 }), 300, DEMO_TARGETS)).toEqual({ ratio: 0.5, misses: [] });
  });

  it("names every missed target", () => {
    const v = evaluate(page({ reqPerSec: 30, p50Ms: 200, p99Ms: 1200, errors: 3, htmlBytes: 150_000 }), 300, FULL_TARGETS);
    expect(v.ratio).toBeCloseTo(0.1);
    expect(v.misses).toEqual(["req/s < 0.25× bare", "p99 ≥ 1000 ms", "p99 > 4× p50", "errors", "HTML ≥ 150 kB"]);
  });

  it("applies the p99 and HTML limits only where the data set has them", () => {
    expect(evaluate(page({ reqPerSec: 160, p50Ms: 400, p99Ms: 1500, htmlBytes: 400_000 }), 300, DEMO_TARGETS).misses).toEqual([]);
    expect(evaluate(page({ reqPerSec: 80, p50Ms: 400, p99Ms: 999, htmlBytes: 149_999 }), 300, FULL_TARGETS).misses).toEqual([]);
  });

  it("fails a page measured against a bare page that served nothing", () => {
    expect(evaluate(page({}), 0, DEMO_TARGETS).misses).toContain("req/s < 0.5× bare");
  });

  it("fails a page that answered nothing during the run (unknown latencies)", () => {
    const silent = page({ reqPerSec: 0, p50Ms: NaN, p99Ms: NaN });
    expect(evaluate(silent, 300, FULL_TARGETS).misses).toEqual(["req/s < 0.25× bare", "p99 ≥ 1000 ms", "p99 > 4× p50"]);
    expect(formatTable([bare], [silent], FULL_TARGETS)).toContain("| 0.0   | —      | —      |");
  });

  it("fails p99 more than four times p50", () => {
    expect(evaluate(page({ p50Ms: 50, p99Ms: 201 }), 300, DEMO_TARGETS).misses).toEqual(["p99 > 4× p50"]);
    expect(evaluate(page({ p50Ms: 50, p99Ms: 200 }), 300, DEMO_TARGETS).misses).toEqual([]);
  });
});

describe("formatTable", () => {
  it("prints the bare page's runs first, then each page with its ratio to their mean and its verdict, in aligned columns", () => {
    const after = { ...bare, label: "bare, after", reqPerSec: 200 };
    const table = formatTable([bare, after], [page({ label: "ranking", reqPerSec: 125 }), page({ label: "audit log", reqPerSec: 50 })], DEMO_TARGETS);
    const lines = table.split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^\| page +\| req\/s \| p50 ms \| p99 ms \| errors \| HTML kB \| CPU ms\/req \| × bare \| result +\|$/);
    expect(lines[2]).toMatch(/^\| bare, before \| 300\.0 \| 60 +\| 120 +\| 0 +\| 2\.0 +\| 4\.0 +\| 1\.20 +\| \(yardstick: mean req\/s of these\) \|$/);
    expect(lines[3]).toContain("| 200.0 |");
    expect(lines[3]).toContain("| 0.80   |");
    expect(lines[4]).toContain("| 0.50   | PASS");
    expect(lines[5]).toContain("| 0.20   | FAIL: req/s < 0.5× bare");
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  });
});

describe("allPass", () => {
  it("is false as soon as one page misses a target", () => {
    expect(allPass([bare], [page({ reqPerSec: 150 })], DEMO_TARGETS)).toBe(true);
    expect(allPass([bare], [page({ reqPerSec: 150 }), page({ errors: 1, reqPerSec: 150 })], DEMO_TARGETS)).toBe(false);
  });
});

describe("yardstick", () => {
  it("is the mean req/s of the bare page's runs, 0 without any", () => {
    expect(yardstick([bare, { ...bare, reqPerSec: 100 }])).toBe(200);
    expect(yardstick([])).toBe(0);
  });
});
