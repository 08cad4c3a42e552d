import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { stopIfChecking } from "./check-step";
import { AppError } from "./errors";
import { invalid, runAction } from "./run-action";

const revalidatePath = vi.hoisted(() => vi.fn());
const redirect = vi.hoisted(() =>
  vi.fn((to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  }),
);
vi.mock("next/cache", () => ({ revalidatePath }));
vi.mock("next/navigation", () => ({ redirect }));

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const PAGE = "/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi/page";
const refuse = (code: "CONFLICT" | "INVALID_INPUT") => () => Promise.reject(new AppError(code, "bị từ chối"));

beforeEach(() => {
  revalidatePath.mockClear();
  redirect.mockClear();
});

describe("runAction", () => {
  test("success: the message (from the result), the extra data, the pages read again", async () => {
    const state = await runAction(() => Promise.resolve({ version: 3 }), {
      revalidate: [PAGE, "/(app)/khoi/[bloc]/[year]/layout", "/layout"],
      success: (r) => `Phiên bản ${r.version}.`,
      data: (r) => ({ version: r.version }),
    });
    expect(state).toEqual({ ok: true, message: "Phiên bản 3.", version: 3 });
    expect(revalidatePath.mock.calls).toEqual([
      ["/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi", "page"],
      ["/(app)/khoi/[bloc]/[year]", "layout"],
      ["/", "layout"],
    ]);
  });

  test.each([
    ["always", "INVALID_INPUT", true, true],
    ["always", "CONFLICT", true, true],
    ["success", "INVALID_INPUT", false, true],
    ["success", "CONFLICT", false, true],
    ["success-or-conflict", "INVALID_INPUT", false, true],
    ["success-or-conflict", "CONFLICT", true, false],
  ] as const)("refresh %s, refused with %s: re-read %s, values echoed %s", async (refresh, code, reread, echoed) => {
    const state = await runAction(refuse(code), { revalidate: [PAGE], refresh, echo: form({ name: "gõ" }) });
    expect(state).toMatchObject({ ok: false, message: "bị từ chối" });
    expect(revalidatePath).toHaveBeenCalledTimes(reread ? 1 : 0);
    expect(state?.values).toEqual(echoed ? { name: "gõ" } : undefined);
  });

  test("stamp counts the answers; no echo unless asked", async () => {
    expect(await runAction(refuse("INVALID_INPUT"), { stamp: { ok: true, stamp: 4 } })).toEqual({ ok: false, message: "bị từ chối", stamp: 5 });
    expect(await runAction(() => Promise.resolve(), { stamp: null, success: "Xong." })).toEqual({ ok: true, message: "Xong.", stamp: 1 });
  });

  test("redirects after a success only, once the pages are read again", async () => {
    const created = runAction(() => Promise.resolve({ code: "K1" }), { revalidate: [PAGE], redirect: (r) => `/khoi/${r.code}` });
    await expect(created).rejects.toThrow("NEXT_REDIRECT /khoi/K1");
    expect(revalidatePath).toHaveBeenCalledTimes(1);
    await runAction(refuse("INVALID_INPUT"), { redirect: () => "/" });
    expect(redirect).toHaveBeenCalledTimes(1);
  });

  test("a bug is not a message", async () => {
    await expect(runAction(() => Promise.reject(new Error("bug")))).rejects.toThrow("bug");
  });

  test("a revalidate path must name the page or layout file", async () => {
    await expect(runAction(() => Promise.resolve(), { revalidate: ["/(app)/tai-khoan"] })).rejects.toThrow("must end in /page or /layout");
  });
});

describe("runAction, check step", () => {
  const useCase = vi.fn(async (step: "check" | "write") => {
    stopIfChecking(step);
    return { version: 2 };
  });
  const options = { revalidate: [PAGE], success: "Đã nộp.", redirect: () => "/khoi", echo: form({ reason: "gõ" }) };

  test("checks passed: ready, no message, nothing read again, no redirect, the stamp unchanged", async () => {
    expect(await runAction(useCase, { ...options, step: "check" })).toEqual({ ok: true, ready: true });
    expect(await runAction(useCase, { ...options, step: "check", stamp: { ok: false, message: "m", stamp: 3 } })).toEqual({ ok: true, ready: true, stamp: 3 });
    expect(await runAction(useCase, { step: "check", stamp: null })).toEqual({ ok: true, ready: true, stamp: 0 });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  test("a refused check answers as a refused write", async () => {
    const check = await runAction(refuse("INVALID_INPUT"), { ...options, step: "check" });
    const write = await runAction(refuse("INVALID_INPUT"), options);
    expect(check).toEqual(write);
    expect(check).toMatchObject({ ok: false, message: "bị từ chối", values: { reason: "gõ" } });
  });

  test("the write step goes past stopIfChecking", async () => {
    await expect(runAction(useCase, { ...options, step: "write" })).rejects.toThrow("NEXT_REDIRECT /khoi");
    await expect(runAction(useCase, { success: "Đã nộp." })).resolves.toEqual({ ok: true, message: "Đã nộp." });
  });

  test("a use case without stopIfChecking is a bug in the check step, never a success", async () => {
    await expect(runAction(() => Promise.resolve(), { step: "check", success: "Đã nộp." })).rejects.toThrow("no stopIfChecking");
  });
});

describe("invalid", () => {
  test("messages by field, typed values only when asked", () => {
    const error = z.object({ name: z.string().min(2, "Quá ngắn.") }).safeParse({ name: "a" }).error!;
    expect(invalid(error)).toEqual({ ok: false, message: "Vui lòng kiểm tra lại các trường được đánh dấu.", fieldErrors: { name: ["Quá ngắn."] } });
    expect(invalid(error, { echo: form({ name: "a" }), stamp: null })).toMatchObject({ values: { name: "a" }, stamp: 1 });
  });
});

/** Every path an action re-reads names a page or layout folder that exists under app/ (a typo would re-read nothing). */
test("every revalidate path in app/**/actions.ts names a folder under app/", () => {
  const root = path.resolve(__dirname, "../..");
  const actions: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "actions.ts") actions.push(full);
    }
  };
  walk(path.join(root, "app"));
  const paths = actions.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/"(\/[^"]*\/(?:page|layout))"/g)].map((m) => m[1]!));
  expect(paths.length).toBeGreaterThan(20);
  for (const p of paths) {
    const folder = path.join(root, "app", path.dirname(p));
    expect(statSync(folder, { throwIfNoEntry: false })?.isDirectory(), p).toBe(true);
  }
});
