/**
 * The client address that sign-in limits are keyed by (docs/decisions/0013).
 *
 * Only the process that owns the socket knows the peer's address, and Next
 * does not pass it on: it sets X-Forwarded-For only when the client did not
 * send one, so any X-Forwarded-For entry may be forged. scripts/serve.mjs
 * therefore overwrites CLIENT_ADDRESS_HEADER with the socket's address on
 * every request. The chain is the X-Forwarded-For entries followed by that
 * socket address; each trusted proxy appended one entry, so the client is the
 * entry `trustedHops` places from the right (0: the socket itself).
 */
export const CLIENT_ADDRESS_HEADER = "x-client-address";

/** Nothing stamped the socket (a test, or a server not started by scripts/serve.mjs). */
export const UNKNOWN_ADDRESS = "unknown";

const MAX_KEY_LENGTH = 64;

export function clientAddress(headers: Record<string, unknown> | undefined, trustedHops: number): string {
  const [socket] = entries(headers?.[CLIENT_ADDRESS_HEADER]);
  if (!socket) return UNKNOWN_ADDRESS;
  const chain = [...entries(headers?.["x-forwarded-for"]), socket];
  // Fewer entries than trusted hops: the request skipped a proxy; the leftmost
  // entry is the earliest address anyone recorded.
  return normalize(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}

function entries(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((a) => a.trim())
    .filter(Boolean);
}

const IPV4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/;

/** One key per client: ports and zones dropped, IPv4-mapped IPv6 as IPv4, other IPv6 by its /64. */
function normalize(entry: string): string {
  let a = entry.toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  a = a.replace(/%.*$/, "");
  const v4 = IPV4.exec(a.startsWith("::ffff:") ? a.slice(7) : a);
  if (v4) return v4[1];
  return ipv6Prefix64(a) ?? a.slice(0, MAX_KEY_LENGTH);
}

// One IPv6 host usually owns a whole /64: rotating within it must not give new keys.
function ipv6Prefix64(a: string): string | null {
  if (!a.includes(":") || !/^[0-9a-f:.]+$/.test(a)) return null;
  const halves = a.split("::");
  if (halves.length > 2) return null;
  const groups = (s: string) => (s ? s.split(":") : []);
  const width = (gs: string[]) => gs.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - width(head) - width(tail);
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  const prefix = all.slice(0, 4);
  if (prefix.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
