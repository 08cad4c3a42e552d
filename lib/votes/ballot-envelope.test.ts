import { describe, expect, it } from "vitest";
import { openEnvelope, sealBallot } from "./ballot-envelope";

const SECRET = "s".repeat(40);
const CANDIDATES = ["cand-a", "cand-b", "cand-c", "cand-d"];

describe("sealed ballot envelopes", () => {
  it("open to the ballot sealed inside", () => {
    const ballot = { isBlank: false, choices: ["cand-b", "cand-d"] };
    expect(openEnvelope(SECRET, "vote-1", sealBallot(SECRET, "vote-1", CANDIDATES, ballot))).toEqual(ballot);
    const blank = { isBlank: true, choices: [] };
    expect(openEnvelope(SECRET, "vote-1", sealBallot(SECRET, "vote-1", CANDIDATES, blank))).toEqual(blank);
  });

  it("have one length per vote whatever is marked, and differ each time for the same marks", () => {
    const lengths = new Set(
      [[], ["cand-a"], CANDIDATES].map((choices) => sealBallot(SECRET, "vote-1", CANDIDATES, { isBlank: choices.length === 0, choices }).length),
    );
    expect(lengths.size).toBe(1);
    const same = { isBlank: false, choices: ["cand-a"] };
    expect(Buffer.from(sealBallot(SECRET, "vote-1", CANDIDATES, same)).equals(Buffer.from(sealBallot(SECRET, "vote-1", CANDIDATES, same)))).toBe(false);
  });

  it("name no candidate in the clear", () => {
    const envelope = Buffer.from(sealBallot(SECRET, "vote-1", CANDIDATES, { isBlank: false, choices: CANDIDATES })).toString("latin1");
    for (const c of CANDIDATES) expect(envelope).not.toContain(c);
  });

  it("do not open with another secret, for another vote, or when tampered with", () => {
    const envelope = sealBallot(SECRET, "vote-1", CANDIDATES, { isBlank: false, choices: ["cand-a"] });
    expect(openEnvelope("t".repeat(40), "vote-1", envelope)).toBeNull();
    expect(openEnvelope(SECRET, "vote-2", envelope)).toBeNull();
    const tampered = Buffer.from(envelope);
    tampered[tampered.length - 1]! ^= 1;
    expect(openEnvelope(SECRET, "vote-1", tampered)).toBeNull();
    expect(openEnvelope(SECRET, "vote-1", new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("refuse to seal choices longer than the vote's whole list", () => {
    expect(() => sealBallot(SECRET, "vote-1", ["x"], { isBlank: false, choices: ["a-much-longer-id"] })).toThrow();
  });
});
