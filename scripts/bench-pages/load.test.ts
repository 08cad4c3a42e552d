import os from "node:os";
import { describe, expect, it } from "vitest";
import { treeCpuMs } from "./load";

describe("treeCpuMs", () => {
  it("counts the CPU a process uses, as /proc reports it (10 ms ticks)", () => {
    const before = treeCpuMs(process.pid);
    const startedAt = performance.now();
    // Spin until Node itself has seen 100 ms of user CPU, however busy the machine is.
    const start = process.cpuUsage().user;
    while (process.cpuUsage().user - start < 100_000);
    const used = treeCpuMs(process.pid) - before;
    const wallMs = performance.now() - startedAt;
    expect(used).toBeGreaterThanOrEqual(80);
    // The process's other threads (the test runner's workers) count too, so the ceiling is what
    // every core could have given it meanwhile, plus a tick of rounding on each side.
    expect(used).toBeLessThanOrEqual(wallMs * os.availableParallelism() + 20);
  });
});
