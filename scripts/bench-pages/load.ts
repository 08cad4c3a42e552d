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

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time used so far by a process and its descendants (a server that forks workers), in ms,
 * from /proc; NaN where there is no /proc. Unlike req/s, the CPU a request costs the server hardly
 * depends on what else the machine is doing, so it compares runs on a busy machine too.
 */
export function treeCpuMs(pid: number): number {
  try {
    const stats = fs
      .readdirSync("/proc")
      .filter((d) => /^\d+$/.test(d))
      .flatMap((d) => {
        try {
          // The command name is in parentheses and may hold spaces: split after it.
          const f = fs.readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ");
          return [{ pid: Number(d), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) }];
        } catch {
          return []; // gone meanwhile
        }
      });
    const tree = new Set([pid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of stats) {
        if (tree.has(s.ppid) && !tree.has(s.pid)) {
          tree.add(s.pid);
          grew = true;
        }
      }
    }
    const ticks = stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.ticks, 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

function run(url: string, cookie: string | null, connections: number, seconds: number) {
  return autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
}

/**
 * The page once (it must answer 200 — a redirect to the sign-in page would measure the wrong
 * page), then warmed up, then measured.
 */
export async function measurePage(label: string, url: string, cookie: string | null, o: LoadOptions, serverPid?: number): Promise<Measured> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${label}: ${url} answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`);
  if (o.warmupSeconds > 0) await run(url, cookie, o.connections, o.warmupSeconds);
  const cpuBefore = serverPid ? treeCpuMs(serverPid) : NaN;
  const r = await run(url, cookie, o.connections, o.seconds);
  const cpuMs = serverPid ? treeCpuMs(serverPid) - cpuBefore : NaN;
  // No response inside the run: its latencies are unknown, not 0 ms (and then fail every target).
  const done = r.requests.total > 0;
  return {
    label,
    reqPerSec: r.requests.average,
    p50Ms: done ? r.latency.p50 : NaN,
    p99Ms: done ? r.latency.p99 : NaN,
    errors: r.errors + r.timeouts + r.non2xx,
    htmlBytes: body.byteLength,
    cpuMsPerRequest: done ? cpuMs / r.requests.total : NaN,
  };
}
