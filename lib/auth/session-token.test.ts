import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken, readSessionToken, sessionCookieName } from "./session-token";

const SECRET = "a-secret-of-at-least-thirty-two-characters";
const OTHER = "another-secret-of-thirty-two-characters!!";
const claims = { sub: "user-1", sid: "session-1", name: "Nguyễn Văn A", email: "a@x.vn" };

const cookie = (value: string, secure = false) => [{ name: sessionCookieName(secure), value }];

describe("readSessionToken", () => {
  it("reads a token next-auth wrote: same key derivation, same encryption", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await readSessionToken(cookie(token), { secret: SECRET, secure: false })).toMatchObject(claims);
  });

  it("refuses a token sealed with another secret, also once the key of this one is kept", async () => {
    const mine = await encode({ token: claims, secret: SECRET });
    const forged = await encode({ token: { ...claims, sub: "admin" }, secret: OTHER });
    expect(await readSessionToken(cookie(mine), { secret: SECRET, secure: false })).not.toBeNull();
    expect(await readSessionToken(cookie(forged), { secret: SECRET, secure: false })).toBeNull();
    // …and the other secret gets its own key, not the one kept for the first.
    expect(await readSessionToken(cookie(mine), { secret: OTHER, secure: false })).toBeNull();
    expect(await readSessionToken(cookie(forged), { secret: OTHER, secure: false })).toMatchObject({ sub: "admin" });
  });

  it("refuses an expired token and a tampered one", async () => {
    const expired = await encode({ token: claims, secret: SECRET, maxAge: -60 });
    expect(await readSessionToken(cookie(expired), { secret: SECRET, secure: false })).toBeNull();
    const token = await encode({ token: claims, secret: SECRET });
    const tampered = `${token.slice(0, -4)}${token.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await readSessionToken(cookie(tampered), { secret: SECRET, secure: false })).toBeNull();
  });

  it("reads only the cookie of the site's scheme: __Secure- on https", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    expect(await readSessionToken(cookie(token, true), { secret: SECRET, secure: true })).toMatchObject(claims);
    expect(await readSessionToken(cookie(token, false), { secret: SECRET, secure: true })).toBeNull();
    expect(await readSessionToken(cookie(token, true), { secret: SECRET, secure: false })).toBeNull();
  });

  it("joins a token split over numbered cookies in their order, and finds none without a cookie", async () => {
    const token = await encode({ token: claims, secret: SECRET });
    const name = sessionCookieName(false);
    const parts = [token.slice(0, 100), token.slice(100, 200), token.slice(200)];
    // Out of order, with an unrelated cookie between: joined as .0 .1 .2 (10 would sort after 2).
    const jar = [
      { name: `${name}.2`, value: parts[2] },
      { name: "other", value: "x" },
      { name: `${name}.0`, value: parts[0] },
      { name: `${name}.1`, value: parts[1] },
    ];
    expect(await readSessionToken(jar, { secret: SECRET, secure: false })).toMatchObject(claims);
    expect(await readSessionToken([{ name: "other", value: "x" }], { secret: SECRET, secure: false })).toBeNull();
  });

  it("is next-auth's decode: null without a token, an error for a bad one", async () => {
    expect(await decodeSessionToken({ token: undefined, secret: SECRET })).toBeNull();
    await expect(decodeSessionToken({ token: "not-a-token", secret: SECRET })).rejects.toThrow();
  });
});
