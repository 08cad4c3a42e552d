/**
 * Reading the session cookie next-auth 4 writes (an encrypted JWT: alg "dir", enc A256GCM, the
 * key derived from NEXTAUTH_SECRET with HKDF), the same way in the proxy and in every page.
 *
 * Why not next-auth's own readers: `getToken` and `getServerSession` derive the key again for
 * every token, and `getServerSession` also runs the whole session endpoint, re-encrypting a fresh
 * token a server component cannot even set. With the key derived once per secret, a signed-in
 * request decrypts its cookie twice (proxy and page) and derives nothing
 * (docs/benchmarks/where-the-time-goes.md).
 */
import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

/** Tolerance for the token's expiry against this machine's clock, as next-auth allows. */
const CLOCK_TOLERANCE_S = 15;

let derived: { secret: string; salt: string; key: Promise<Uint8Array> } | undefined;

/** next-auth 4's key for a secret and salt: the same HKDF, its info string included. */
function encryptionKey(secret: string | Buffer, salt: string): Promise<Uint8Array> {
  const derive = () => hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
  // One secret per process: keep its key. Another secret (a test's) derives its own and replaces it.
  if (typeof secret !== "string") return derive();
  if (derived?.secret !== secret || derived.salt !== salt) derived = { secret, salt, key: derive() };
  return derived.key;
}

/**
 * next-auth's `decode`, with the key kept: also given to next-auth (lib/server/auth/options.ts)
 * so that its own endpoints read tokens the same way. Throws on a forged, tampered or expired
 * token, as next-auth's does.
 */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(secret, salt), { clockTolerance: CLOCK_TOLERANCE_S });
  return payload as JWT;
}

/** The session cookie's name: "__Secure-" on an https site, as lib/server/auth/options.ts sets it. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The session token in a request's cookies, or null when there is none or it does not decrypt
 * or has expired. next-auth splits a token over 4 kB into `<name>.0`, `<name>.1`…: joined here
 * in order, as it does.
 */
export async function readSessionToken(cookies: readonly { name: string; value: string }[], options: { secret: string; secure: boolean }): Promise<JWT | null> {
  const name = sessionCookieName(options.secure);
  const whole = cookies.find((c) => c.name === name);
  const chunks = cookies
    .map((c) => ({ c, index: c.name.startsWith(`${name}.`) ? c.name.slice(name.length + 1) : "" }))
    .filter(({ index }) => /^\d+$/.test(index))
    .sort((a, b) => Number(a.index) - Number(b.index))
    .map(({ c }) => c.value);
  const token = whole?.value ?? (chunks.length > 0 ? chunks.join("") : undefined);
  try {
    return await decodeSessionToken({ token, secret: options.secret });
  } catch {
    return null;
  }
}
