import { describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, UNKNOWN_ADDRESS } from "./client-address";

/** Headers as next-auth hands them to authorize: the socket stamped by scripts/serve.mjs. */
const headers = (socket: string | undefined, forwardedFor?: string) => ({
  ...(socket === undefined ? {} : { [CLIENT_ADDRESS_HEADER]: socket }),
  ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
});

describe("clientAddress: the socket's address unless proxies are trusted", () => {
  test.each<[string, ReturnType<typeof headers>, number, string]>([
    ["no proxy: the socket", headers("203.0.113.9"), 0, "203.0.113.9"],
    ["no proxy: a forged X-Forwarded-For is ignored", headers("203.0.113.9", "10.0.0.1"), 0, "203.0.113.9"],
    ["no proxy: a forged list is ignored", headers("203.0.113.9", "10.0.0.1, 10.0.0.2"), 0, "203.0.113.9"],
    ["one proxy: the entry it appended", headers("192.0.2.1", "198.51.100.7"), 1, "198.51.100.7"],
    ["one proxy: what the client forged before it is ignored", headers("192.0.2.1", "6.6.6.6, 198.51.100.7"), 1, "198.51.100.7"],
    ["two proxies: two places from the right", headers("192.0.2.1", "6.6.6.6, 198.51.100.7, 192.0.2.2"), 2, "198.51.100.7"],
    // Fewer entries than trusted hops: the request skipped a proxy; the
    // leftmost entry is the earliest address anyone recorded.
    ["more hops than entries: the leftmost", headers("192.0.2.1", "198.51.100.7"), 3, "198.51.100.7"],
    ["more hops and no header: the socket", headers("192.0.2.1"), 2, "192.0.2.1"],
    ["blank entries are skipped", headers("192.0.2.1", " , 198.51.100.7 ,"), 1, "198.51.100.7"],
  ])("%s", (_name, h, hops, expected) => {
    expect(clientAddress(h, hops)).toBe(expected);
  });

  test.each<[string, Record<string, unknown> | undefined, number]>([
    ["no headers at all", undefined, 0],
    ["X-Forwarded-For alone (nothing stamped the socket)", { "x-forwarded-for": "10.0.0.1" }, 0],
    ["X-Forwarded-For alone, even with trusted proxies", { "x-forwarded-for": "10.0.0.1, 10.0.0.2" }, 1],
    ["an empty stamp", headers(""), 0],
  ])("unknown without a stamped socket: %s", (_name, h, hops) => {
    expect(clientAddress(h, hops)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("clientAddress: one key per client", () => {
  test.each<[string, string, string]>([
    ["IPv4 stays as is", "203.0.113.9", "203.0.113.9"],
    ["an IPv4-mapped IPv6 socket is the IPv4 address", "::ffff:203.0.113.9", "203.0.113.9"],
    // One IPv6 host usually owns a whole /64: rotating within it must not give new keys.
    ["IPv6 is keyed by its /64", "2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["compressed IPv6 too", "2001:db8::1", "2001:db8:0:0::/64"],
    ["IPv6 loopback", "::1", "0:0:0:0::/64"],
    ["IPv6 upper case and zone", "FE80::1%eth0", "fe80:0:0:0::/64"],
    ["an IPv4 entry with a port", "198.51.100.7:51234", "198.51.100.7"],
    ["a bracketed IPv6 entry with a port", "[2001:db8::1]:443", "2001:db8:0:0::/64"],
  ])("%s", (_name, socket, expected) => {
    expect(clientAddress(headers(socket), 0)).toBe(expected);
  });

  test("an unparsable entry is kept (bounded), not dropped", () => {
    expect(clientAddress(headers("192.0.2.1", "not-an-address"), 1)).toBe("not-an-address");
    expect(clientAddress(headers("192.0.2.1", "x".repeat(300)), 1)).toHaveLength(64);
  });

  test("a repeated header (an array) is read entry by entry", () => {
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: "192.0.2.1", "x-forwarded-for": ["6.6.6.6", "198.51.100.7"] }, 1)).toBe("198.51.100.7");
  });
});
