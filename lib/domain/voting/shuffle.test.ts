import { describe, expect, it } from "vitest";
import { shuffled } from "./shuffle";

describe("shuffled", () => {
  it("keeps every item and leaves the input alone", () => {
    const items = [1, 2, 3, 4, 5];
    const out = shuffled(items, (n) => n - 1);
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });

  it("follows the random draws (Fisher–Yates)", () => {
    // Always drawing 0 swaps each last item with the first: [a,b,c] → [c,a,b]… step by step.
    expect(shuffled(["a", "b", "c"], () => 0)).toEqual(["b", "c", "a"]);
    expect(shuffled(["a", "b", "c"], (n) => n - 1)).toEqual(["a", "b", "c"]);
  });

  it("reaches every order of three items with equal frequency over all draws", () => {
    const seen = new Map<string, number>();
    for (const d2 of [0, 1, 2])
      for (const d1 of [0, 1]) {
        const draws = [d2, d1];
        const order = shuffled(["a", "b", "c"], () => draws.shift()!).join("");
        seen.set(order, (seen.get(order) ?? 0) + 1);
      }
    expect(seen.size).toBe(6);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
  });
});
