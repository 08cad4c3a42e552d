/**
 * Loading one page: autocannon's programmatic API (a warm-up run, then the measured run), the
 * server's resident memory sampled while it runs, and the size of one response.
 */
import fs from "node:fs";
import autocannon from "autocannon";
import type { Measured } from "./report";

export interface LoadOptions {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

/** Peak resident set size (RSS) of a process, sampled from /proc while `during` runs. */
export async function peakRss<T>(pid: number, during: () => Promise<T>): Promise<{ result: T; peakBytes: number }> {
  let peak = 0;
  const sample = () => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (kb) peak = Math.max(peak, Number(kb) * 1024);
    } catch {
      // no /proc (not Linux) or the process is gone: nothing to sample
    }
  };
  sample();
  const timer = setInterval(sample, 250);
  try {
    return { result: await during(), peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

function run(url: string, cookie: string | null, connections: number, seconds: number) {
  return autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
}

/**
 * The page once (it must answer 200 — a redirect to the sign-in page would measure the wrong
 * page), then warmed up, then measured.
 */
export async function measurePage(label: string, url: string, cookie: string | null, o: LoadOptions): Promise<Measured> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${label}: ${url} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`);
  if (o.warmupSeconds > 0) await run(url, cookie, o.connections, o.warmupSeconds);
  const r = await run(url, cookie, o.connections, o.seconds);
  // No response inside the run: its latencies are unknown, not 0 ms (and then fail every target).
  const done = r.requests.total > 0;
  return {
    label,
    reqPerSec: r.requests.average,
    p50Ms: done ? r.latency.p50 : NaN,
    p99Ms: done ? r.latency.p99 : NaN,
    errors: r.errors + r.timeouts + r.non2xx,
    htmlBytes: body.byteLength,
  };
}
