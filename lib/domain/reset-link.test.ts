import { describe, expect, test } from "vitest";
import { RESET_LINK_MESSAGES, resetLinkExpiry, resetLinkState } from "./reset-link";

const NOW = new Date("2026-11-22T02:00:00Z");
const link = (over: Partial<{ usedAt: Date | null; expiresAt: Date; accountActive: boolean }> = {}) => ({
  usedAt: null,
  expiresAt: resetLinkExpiry(NOW),
  accountActive: true,
  ...over,
});

describe("reset links", () => {
  test("expire 24 hours after they are issued", () => {
    expect(resetLinkExpiry(NOW).toISOString()).toBe("2026-11-23T02:00:00.000Z");
  });

  test.each([
    ["a fresh link", link(), NOW, "valid"],
    ["one millisecond before expiry", link(), new Date("2026-11-23T01:59:59.999Z"), "valid"],
    ["at expiry", link(), new Date("2026-11-23T02:00:00Z"), "expired"],
    ["a used link, even before expiry", link({ usedAt: NOW }), NOW, "used"],
    ["a used and expired link reads as used", link({ usedAt: NOW }), new Date("2026-12-01T00:00:00Z"), "used"],
    ["a deactivated account's link, told as unknown", link({ accountActive: false }), NOW, "unknown"],
    ["no such link", null, NOW, "unknown"],
  ] as const)("%s → %s", (_what, row, now, state) => {
    expect(resetLinkState(row, now)).toBe(state);
  });

  test("every refusal says to ask the council staff for a new link", () => {
    for (const m of Object.values(RESET_LINK_MESSAGES)) expect(m.detail).toMatch(/liên kết mới/);
  });
});
