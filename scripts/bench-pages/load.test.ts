import { describe, expect, it } from "vitest";
import { treeCpuMs } from "./load";

describe("treeCpuMs", () => {
  it("counts the CPU a process uses, as /proc reports it (10 ms ticks)", () => {
    const before = treeCpuMs(process.pid);
    // Spin until Node itself has seen 100 ms of user CPU, however busy the machine is.
    const start = process.cpuUsage().user;
    while (process.cpuUsage().user - start < 100_000);
    const used = treeCpuMs(process.pid) - before;
    expect(used).toBeGreaterThanOrEqual(80);
    expect(used).toBeLessThan(1_000);
  });
});
