import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { ADDRESS_RULE } from "@/lib/domain/login-throttle";
import { SIGN_IN_MESSAGES, signInWithPassword } from "@/lib/server/auth/sign-in";
import { makeUser } from "../../factories";
import { testDb } from "../setup/db";

let hash: string;
beforeAll(async () => {
  hash = await hashPassword("Dung@123");
});

const NOW = Date.UTC(2026, 10, 22, 2, 0, 0);
const attempt = (email: string, password: string, address = "10.0.0.1", now = NOW) => signInWithPassword({ email, password }, address, {}, now);

describe("signInWithPassword", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const user = await makeUser(testDb(), { email: "thuky@test.local", passwordHash: hash });
    await expect(attempt("  ThuKy@Test.local ", "Dung@123")).resolves.toMatchObject({ id: user.id });
  });

  it("refuses a wrong password and an unknown account with the same message", async () => {
    await makeUser(testDb(), { email: "a@test.local", passwordHash: hash });
    await expect(attempt("a@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt("khong-co@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
  });

  it("refuses a deactivated account even with the right password", async () => {
    await makeUser(testDb(), { email: "nghi@test.local", passwordHash: hash, isActive: false });
    await expect(attempt("nghi@test.local", "Dung@123")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
  });

  it("locks the account after 5 failures, even for the right password, until the lock ends", async () => {
    await makeUser(testDb(), { email: "b@test.local", passwordHash: hash });
    for (let i = 0; i < 4; i++) await expect(attempt("b@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt("b@test.local", "sai")).rejects.toThrow(SIGN_IN_MESSAGES.locked(15));
    await expect(attempt("b@test.local", "Dung@123", "10.9.9.9")).rejects.toThrow("Đăng nhập sai quá nhiều lần");
    await expect(attempt("b@test.local", "Dung@123", "10.9.9.9", NOW + 16 * 60_000)).resolves.toBeTruthy();
  });

  it(`limits one client address across accounts (${ADDRESS_RULE.maxFailures} failures)`, async () => {
    await makeUser(testDb(), { email: "c@test.local", passwordHash: hash });
    const last = ADDRESS_RULE.maxFailures - 1;
    for (let i = 0; i < last; i++) await expect(attempt(`x${i}@test.local`, "sai", "10.0.0.7")).rejects.toThrow(SIGN_IN_MESSAGES.wrong);
    await expect(attempt(`x${last}@test.local`, "sai", "10.0.0.7")).rejects.toThrow("Đăng nhập sai quá nhiều lần");
    await expect(attempt("c@test.local", "Dung@123", "10.0.0.7")).rejects.toThrow("Đăng nhập sai quá nhiều lần");
    await expect(attempt("c@test.local", "Dung@123", "10.0.0.8")).resolves.toBeTruthy();
  });

  it("rejects malformed input with a Vietnamese message and records nothing", async () => {
    await expect(signInWithPassword({ email: "không-phải-email", password: "x" }, "10.0.0.1", {}, NOW)).rejects.toThrow("Email không hợp lệ.");
    expect(await testDb().loginThrottle.count()).toBe(0);
  });
});
