import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as password from "@/lib/auth/password";
import { UNKNOWN_ADDRESS } from "@/lib/domain/client-address";
import { ACCOUNT_RULE, ADDRESS_RULE } from "@/lib/domain/login-throttle";
import { authOptions } from "@/lib/server/auth/options";
import { SIGN_IN_MESSAGES, signInWithPassword } from "@/lib/server/auth/sign-in";
import { makeUser } from "../../factories";
import { testDb } from "../setup/db";

// Counts the password checks that really ran (docs/decisions/0013: a guess is
// counted before its hash is checked, so parallel guesses cannot outrun the limit).
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifications = () => vi.mocked(password.verifyPassword).mock.calls.length;

let hash: string;
beforeAll(async () => {
  hash = await password.hashPassword("Dung@123");
});
beforeEach(() => vi.mocked(password.verifyPassword).mockClear());

const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const LOCKED = "Đăng nhập sai quá nhiều lần";
const attempt = (email: string, pw: string, address = "10.0.0.1") => signInWithPassword({ email, password: pw }, address, {}, NOW);
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: Error) => (e.message === SIGN_IN_MESSAGES.wrong ? "wrong" : e.message.startsWith(LOCKED) ? "locked" : e.message),
  );

/**
 * next-auth's authorize, with the headers a request reaching scripts/serve.mjs
 * carries: the stamped socket, and X-Forwarded-For as sent, or (as Next does
 * when the client sent none) the socket's address.
 */
function authorizeFrom(socket: string, forwardedFor = socket) {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
  };
  const headers = { "x-client-address": socket, "x-forwarded-for": forwardedFor };
  return (email: string, pw: string) => provider.options.authorize({ email, password: pw }, { headers });
}

describe("an account's attempts are counted before the password is checked", () => {
  it("15 parallel wrong passwords on one account get at most 5 password checks", async () => {
    await makeUser(testDb(), { email: "song-song@test.local", passwordHash: hash });
    const results = await Promise.all(Array.from({ length: 15 }, () => outcome(attempt("song-song@test.local", "sai"))));
    expect(verifications()).toBeLessThanOrEqual(ACCOUNT_RULE.maxFailures);
    expect(results.filter((r) => r === "wrong").length).toBeLessThan(ACCOUNT_RULE.maxFailures);
    expect(results.every((r) => r === "wrong" || r === "locked")).toBe(true);
    // And the account is locked afterwards, even for the right password.
    await expect(attempt("song-song@test.local", "Dung@123", "10.9.9.9")).rejects.toThrow(LOCKED);
  });

  it("a refused attempt checks no password", async () => {
    await makeUser(testDb(), { email: "khoa@test.local", passwordHash: hash });
    for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) await outcome(attempt("khoa@test.local", "sai"));
    vi.mocked(password.verifyPassword).mockClear();
    await expect(attempt("khoa@test.local", "Dung@123")).rejects.toThrow(LOCKED);
    expect(verifications()).toBe(0);
  });

  it("a success clears the account's count", async () => {
    await makeUser(testDb(), { email: "quen@test.local", passwordHash: hash });
    for (let i = 0; i < ACCOUNT_RULE.maxFailures - 1; i++) await expect(attempt("quen@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt("quen@test.local", "Dung@123")).resolves.toBeTruthy();
    for (let i = 0; i < ACCOUNT_RULE.maxFailures - 1; i++) await expect(attempt("quen@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt("quen@test.local", "Dung@123")).resolves.toBeTruthy();
  });
});

describe("one address: accounts first, the address only at a higher bound", () => {
  it("20 failures on account A from address X lock A, not X: B signs in from X", async () => {
    await makeUser(testDb(), { email: "a@test.local", passwordHash: hash });
    await makeUser(testDb(), { email: "b@test.local", passwordHash: hash });
    for (let i = 0; i < 20; i++) await outcome(attempt("a@test.local", "sai", "10.0.0.7"));
    await expect(attempt("a@test.local", "Dung@123", "10.0.0.7")).rejects.toThrow(LOCKED);
    await expect(attempt("b@test.local", "Dung@123", "10.0.0.7")).resolves.toBeTruthy();
  });

  it("an office behind one address: 4 people locking their own accounts (20 failures) do not lock everybody", async () => {
    await makeUser(testDb(), { email: "b@test.local", passwordHash: hash });
    for (const who of ["p1", "p2", "p3", "p4"]) {
      for (let i = 0; i < ACCOUNT_RULE.maxFailures; i++) await outcome(attempt(`${who}@test.local`, "sai", "10.0.0.7"));
    }
    await expect(attempt("b@test.local", "Dung@123", "10.0.0.7")).resolves.toBeTruthy();
  });

  it(`the address locks after ${ADDRESS_RULE.maxFailures} failures across accounts, only there`, async () => {
    await makeUser(testDb(), { email: "c@test.local", passwordHash: hash });
    const results: string[] = [];
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) results.push(await outcome(attempt(`x${i}@test.local`, "sai", "10.0.0.7")));
    expect(results.slice(0, -1).every((r) => r === "wrong")).toBe(true);
    expect(results.at(-1)).toBe("locked");
    await expect(attempt("c@test.local", "Dung@123", "10.0.0.7")).rejects.toThrow(LOCKED);
    await expect(attempt("c@test.local", "Dung@123", "10.0.0.8")).resolves.toBeTruthy();
  });

  it(`parallel guesses on many accounts from one address get at most ${ADDRESS_RULE.maxFailures} password checks`, async () => {
    const n = ADDRESS_RULE.maxFailures + 10;
    const results = await Promise.all(Array.from({ length: n }, (_, i) => outcome(attempt(`song-song-${i}@test.local`, "sai", "10.0.0.7"))));
    expect(verifications()).toBeLessThanOrEqual(ADDRESS_RULE.maxFailures);
    expect(results.filter((r) => r === "locked").length).toBeGreaterThanOrEqual(10);
  });

  it("an attempt refused by the address lock does not count against the account", async () => {
    await makeUser(testDb(), { email: "d@test.local", passwordHash: hash });
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) await outcome(attempt(`x${i}@test.local`, "sai", "10.0.0.7"));
    for (let i = 0; i < ACCOUNT_RULE.maxFailures + 2; i++) await expect(attempt("d@test.local", "sai", "10.0.0.7")).rejects.toThrow(LOCKED);
    await expect(attempt("d@test.local", "Dung@123", "10.0.0.8")).resolves.toBeTruthy();
  });
});

describe("the address comes from the socket, not from what the client claims", () => {
  it("spoofed X-Forwarded-For entries do not spread attempts over addresses", async () => {
    await makeUser(testDb(), { email: "e@test.local", passwordHash: hash });
    const results: string[] = [];
    for (let i = 0; i < ADDRESS_RULE.maxFailures + 5; i++) {
      results.push(await outcome(authorizeFrom("203.0.113.9", `10.1.${i}.1`)(`x${i}@test.local`, "sai")));
    }
    expect(results.filter((r) => r === "locked").length).toBeGreaterThanOrEqual(6);
    await expect(authorizeFrom("203.0.113.9", "10.1.99.1")("e@test.local", "Dung@123")).rejects.toThrow(LOCKED);
  });

  it("failures sent with another person's address in X-Forwarded-For do not lock that person out", async () => {
    await makeUser(testDb(), { email: "f@test.local", passwordHash: hash });
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++) await outcome(authorizeFrom("203.0.113.66", "198.51.100.20")(`x${i}@test.local`, "sai"));
    await expect(authorizeFrom("198.51.100.20")("f@test.local", "Dung@123")).resolves.toBeTruthy();
  });

  it("an unknown address (nothing stamped the socket) has no address limit: one shared key would lock everybody out", async () => {
    await makeUser(testDb(), { email: "g@test.local", passwordHash: hash });
    for (let i = 0; i < ADDRESS_RULE.maxFailures; i++)
      await expect(attempt(`x${i}@test.local`, "sai", UNKNOWN_ADDRESS)).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt("g@test.local", "Dung@123", UNKNOWN_ADDRESS)).resolves.toBeTruthy();
    expect(await testDb().loginThrottle.count({ where: { key: { startsWith: "address:" } } })).toBe(0);
  });
});
